# The training loss of the XOR network of chapter 8, per epoch (log scale).
# Data: examples/backprop --csv FILE, rows "epoch,loss" (a header line, if any,
# is skipped as non-numeric).
# data: backprop_loss.csv
set terminal svg size 720,440 dynamic font 'sans,12' background rgb 'white'
set output outfile
set datafile separator ','
set title 'Training the XOR network of chapter 8: loss per epoch'
set xlabel 'epoch'
set ylabel 'loss'
set logscale y
set format y '10^{%L}'
set grid
set key top right
plot datadir.'/backprop_loss.csv' using 1:2 with lines lw 2 lc rgb '#1f5fa8' title 'training loss'
