# modules: statistics: stdev, variance, pstdev, pvariance on ints and floats (exact float outputs)
import statistics as st
data_sets = [
    [2, 4, 4, 4, 5, 5, 7, 9],
    [1, 2, 3, 4],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [10, 10, 10],
    [0.1, 0.2, 0.3, 0.4],
    [-5, 0, 5, 100],
]
for d in data_sets:
    print(d)
    print("  variance:", st.variance(d), " pvariance:", st.pvariance(d))
    print("  stdev:", st.stdev(d), " pstdev:", st.pstdev(d))
print(type(st.variance([1, 2, 3])).__name__, st.variance([1, 2, 3]), st.pvariance([1, 2]))
print(st.variance([1, 2, 3, 4], xbar=2.5), st.pvariance([1, 2, 3, 4], mu=2.5))
try:
    st.variance([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.pstdev([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(st.pvariance([7]), st.pstdev([7.0]))
