# modules: statistics: mean, median (low/high), mode, multimode on ints and floats (exact outputs)
import statistics as st
ints = [2, 8, 4, 4, 6, 9, 1]
floats = [2.5, 3.25, 1.0, 4.75, 3.25, 0.5]
print(st.mean(ints), st.mean(floats), st.mean([1, 2]), st.mean([1, 2, 3, 4]))
print(type(st.mean([1, 2, 3])).__name__, type(st.mean([1, 2])).__name__)
print(st.fmean(ints), st.fmean(floats), st.fmean([1, 2, 3]))
print(st.median(ints), st.median([1, 2, 3, 4]), st.median(floats), st.median([5]))
print(st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.median_low(ints), st.median_high(floats))
print(st.mode(ints), st.mode(floats), st.mode("abracadabra"), st.mode([1, 1, 2, 2]))
print(st.multimode([1, 1, 2, 2, 3]), st.multimode("aabbbcc"), st.multimode([]))
print(st.mean([0.1, 0.2, 0.3]), st.fmean([0.1, 0.2, 0.3]), st.mean([1e20, 1, -1e20]))
print(st.median([3, 1, 2, 10 ** 20]), st.mean([-1, -2, -4]))
for bad in [lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
print(issubclass(st.StatisticsError, ValueError))
