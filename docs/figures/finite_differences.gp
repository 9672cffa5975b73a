# Relative error of finite differences versus the step h (log-log), against
# dual and hyper-dual numbers, which need no step. g(x) = e^x - log x at 0.5.
# Data: examples/chapter9_how_it_works --csv DIR.
# data: finite_differences.csv
set terminal svg size 720,500 dynamic font 'sans,12' background rgb 'white'
set output outfile
set datafile separator ','
set title "Derivatives of e^x - log x at 0.5: error versus step size"
set xlabel 'step h'
set ylabel 'relative error'
set logscale xy
set format x '10^{%L}'
set format y '10^{%L}'
set xrange [1e-14:0.5]
set yrange [1e-17:10]
set grid
set key at graph 0.98, graph 0.31 right font 'sans,11' box opaque
unit_roundoff = 2**-53
plot datadir.'/finite_differences.csv' using 1:2 with linespoints pt 7 ps 0.5 lc rgb '#1f77b4' title "forward (g(x+h) - g(x)) / h for g'", \
     datadir.'/finite_differences.csv' using 1:3 with linespoints pt 5 ps 0.5 lc rgb '#2ca02c' title "central (g(x+h) - g(x-h)) / 2h for g'", \
     datadir.'/finite_differences.csv' using 1:4 with linespoints pt 9 ps 0.6 lc rgb '#d62728' title "central second difference for g''", \
     datadir.'/finite_differences.csv' using 1:($5 > 0 ? $5 : unit_roundoff) with lines lw 2 dt 2 lc rgb '#1f77b4' title "dual numbers, g' (no h)", \
     datadir.'/finite_differences.csv' using 1:($6 > 0 ? $6 : unit_roundoff) with lines lw 2 dt 2 lc rgb '#d62728' title "hyper-dual numbers, g'' (no h; exact here, drawn at 2^{-53})"
