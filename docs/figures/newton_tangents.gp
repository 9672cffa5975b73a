# Newton's method for the minimum of g(x) = e^x - log x is Newton's method for
# the root of g'(x) = e^x - 1/x: each step follows the tangent of g' at x_k down
# to zero, which is x_{k+1}. Data: examples/chapter2_newton_minimize --csv DIR.
# data: g_prime.csv newton_tangents.csv
set terminal svg size 720,480 dynamic font 'sans,12' background rgb 'white'
set output outfile
set datafile separator ','
set title "Newton's tangent lines on g'(x) = e^x - 1/x, from x_0 = 0.05"
set xlabel 'x'
set ylabel "g'(x)"
set xrange [0:0.75]
set yrange [-20:3]
set grid
set key bottom right
set xzeroaxis lt -1
set label 1 'x* = 0.5671432904097838' at 0.45,1.6
plot datadir.'/newton_tangents.csv' using 1:(0):(0):2 with vectors nohead lw 1 dt 3 lc rgb '#888888' notitle, \
     datadir.'/g_prime.csv' using 1:2 with lines lw 2 lc rgb '#1f5fa8' title "g'(x)", \
     datadir.'/newton_tangents.csv' using 1:2:($3-$1):(-$2) with vectors nohead lw 1.2 dt 2 lc rgb '#c0392b' title 'tangent at x_k, to its zero x_{k+1}', \
     datadir.'/newton_tangents.csv' using 1:2 with points pt 7 ps 0.7 lc rgb '#c0392b' notitle, \
     datadir.'/newton_tangents.csv' using 3:(0) with points pt 6 ps 0.9 lc rgb '#000000' title 'x_{k+1}'
