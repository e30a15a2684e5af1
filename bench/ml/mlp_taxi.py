"""The M2 benchmark of ../shared/bench/ml/m2_mlp.py in the dialect: the 1M-row taxi CSV cleaned and
featurized with pyspark.sql as common.load_taxi does with pandas (9 features), a seeded 90/10 split,
features standardized with the training mean and std, then the MLP 9-64-64-1 (ReLU, Adam 1e-3, MSE)
trained for EPOCHS epochs at each batch size; prints seconds per epoch and the test RMSE.

    prism run bench/ml/mlp_taxi.py TAXI_1M_CSV [EPOCHS] [THREADS]"""
import sys
import time
import torch
import torch.nn as nn
from pyspark.sql import SparkSession, functions as F
from raydp.torch import _matrix

path = sys.argv[1]
epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
threads = int(sys.argv[3]) if len(sys.argv) > 3 else 1
torch.set_num_threads(threads)
spark = SparkSession.builder.master("local[2]").getOrCreate()
c = F.col
df = spark.read.csv(path, header=True, inferSchema=True)
df = df.where(c("passenger_count").isNotNull()
              & c("pickup_longitude").between(-76, -72) & c("dropoff_longitude").between(-76, -72)
              & c("pickup_latitude").between(38, 42) & c("dropoff_latitude").between(38, 42)
              & c("passenger_count").between(1, 6) & (c("fare_amount") > 0) & (c("fare_amount") < 250)
              & (c("dropoff_longitude") != c("pickup_longitude")) & (c("dropoff_latitude") != c("pickup_latitude")))
ts = c("pickup_datetime")
rad = F.radians
h = (F.sin((rad(c("dropoff_latitude")) - rad(c("pickup_latitude"))) / 2) ** 2
     + F.cos(rad(c("pickup_latitude"))) * F.cos(rad(c("dropoff_latitude")))
     * F.sin((rad(c("dropoff_longitude")) - rad(c("pickup_longitude"))) / 2) ** 2)
features = df.select(F.hour(ts).alias("hour"), ((F.dayofweek(ts) + 5) % 7).alias("day_of_week"), F.year(ts).alias("year"),
                     "passenger_count", (6371.0 * 2 * F.asin(F.sqrt(h))).alias("distance_km"),
                     "pickup_longitude", "pickup_latitude", "dropoff_longitude", "dropoff_latitude", "fare_amount")
names = features.columns[:-1]
X = _matrix(features, names, torch.float64)
y = _matrix(features, ["fare_amount"], torch.float32).reshape(-1)
rows = y.shape[0]
torch.manual_seed(0)
index = torch.randperm(rows)
test_rows = int(rows * 0.1)
test, train = index[:test_rows], index[test_rows:]
mean, std = X[train].mean(dim=0), X[train].std(dim=0) + 1e-6
Xs = ((X - mean) / std).float()
Xtr, ytr, Xte, yte = Xs[train], y[train], Xs[test], y[test]
print("rows %d train %d test %d; predicting the mean: RMSE %.4f" % (rows, ytr.shape[0], yte.shape[0],
      ((yte - ytr.mean()) ** 2).mean().sqrt().item()))

for batch in [64, 1024]:
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(9, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 1))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.MSELoss()
    n = ytr.shape[0]
    for epoch in range(epochs):
        start = time.perf_counter()
        perm = torch.randperm(n)
        Xp, yp = Xtr[perm], ytr[perm]
        for i in range(0, n, batch):
            xb, yb = Xp[i:i + batch], yp[i:i + batch]
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(xb).squeeze(1), yb)
            loss.backward()
            opt.step()
        seconds = time.perf_counter() - start
        with torch.no_grad():
            rmse = ((model(Xte).squeeze(1) - yte) ** 2).mean().sqrt().item()
        print("threads %d batch %4d epoch %d: %.2f s, test RMSE %.4f" % (threads, batch, epoch, seconds, rmse))
