# Shared by the launcher timings (sourced): the median of numbers on stdin, and the report of two
# series measured alternately, `jar` and `launcher` (bash arrays of milliseconds).
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
report() {
  local j l
  j=$(printf '%s\n' "${jar[@]}" | median); l=$(printf '%s\n' "${launcher[@]}" | median)
  echo "java -jar: median ${j} ms (${jar[*]})"
  echo "launcher:  median ${l} ms (${launcher[*]})"
  awk -v j="$j" -v l="$l" 'BEGIN { printf "ratio launcher / java -jar: %.2f\n", l / j }'
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
