# Gradient descent and Newton's method on the contour plot of the report's
# function f = 85 - (1/90) x^2 (x - 6) y^2 (y - 6), from (1, 1) and (3.2, 3.2).
# Data: examples/chapter7_descent_vs_newton --csv DIR.
# data: report_grid.csv descent_1_001.csv descent_1_005.csv descent_32_001.csv descent_32_005.csv newton_1.csv newton_32.csv
set terminal svg size 760,720 dynamic font 'sans,12' background rgb 'white'
set output outfile
set datafile separator ','
# Contour lines of the grid, extracted into a datablock, then drawn in 2-D.
# gnuplot writes the table with spaces; with the comma separator each of its
# lines is one field, split by word().
set contour base
unset surface
set view map
set cntrparam levels discrete 73.7, 74, 75, 76, 78, 80, 82, 84, 84.9
set table $contours
splot datadir.'/report_grid.csv' using 1:2:3 with lines
unset table
unset contour
set title "f = 85 - x^2(x-6) y^2(y-6) / 90: gradient descent and Newton"
set xlabel 'x'
set ylabel 'y'
set size ratio -1
set xrange [-0.25:5.75]
set yrange [-0.25:5.75]
set key outside bottom center horizontal maxrows 3 font 'sans,11'
set label 1 'minimum (4, 4)' at 4.1,4.25
set label 2 'degenerate (0, 0)' at 0.1,-0.1
plot $contours using (real(word(strcol(1), 1))):(real(word(strcol(1), 2))) with lines lw 0.8 lc rgb '#b0b0b0' title 'contours of f (73.7 ... 84.9)', \
     datadir.'/descent_1_001.csv' using 1:2 with points pt 7 ps 0.25 lc rgb '#1f77b4' title 'descent, rate 0.01, from (1, 1): 250 steps', \
     datadir.'/descent_1_005.csv' using 1:2 with linespoints pt 7 ps 0.45 lw 1 lc rgb '#17becf' title 'descent, rate 0.05, from (1, 1): 57 steps', \
     datadir.'/descent_32_001.csv' using 1:2 with points pt 5 ps 0.25 lc rgb '#2ca02c' title 'descent, rate 0.01, from (3.2, 3.2): 110 steps', \
     datadir.'/descent_32_005.csv' using 1:2 with linespoints pt 5 ps 0.45 lw 1 lc rgb '#8fd175' title 'descent, rate 0.05, from (3.2, 3.2): 28 steps', \
     datadir.'/newton_32.csv' using 1:2 with linespoints pt 9 ps 1.1 lw 2 lc rgb '#d62728' title 'Newton from (3.2, 3.2): (4, 4) in 5 steps', \
     datadir.'/newton_1.csv' using 1:2 with linespoints pt 11 ps 0.9 lw 2 lc rgb '#9467bd' title 'Newton from (1, 1): to (0, 0), linearly'
