"""The MLP 9-64-64-1 of ../shared/bench/ml/m2_mlp.py (ReLU, Adam lr 1e-3, MSE) on 900,000 synthetic
standardized rows, one epoch per batch size, timed; the same file runs under Prism and under CPython
with PyTorch:

    prism run bench/ml/mlp.py [ROWS] [THREADS]
    python bench/ml/mlp.py [ROWS] [THREADS]          (a Python with torch)

Prints one line per batch size: seconds per epoch and microseconds per step."""
import sys
import time
import torch
import torch.nn as nn

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 900_000
threads = int(sys.argv[2]) if len(sys.argv) > 2 else 1
torch.set_num_threads(threads)
torch.manual_seed(0)
X = torch.randn(rows, 9)
w = torch.randn(9, 1)
y = (X @ w).squeeze(1) + 0.1 * torch.randn(rows)

for batch in [64, 1024]:
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(9, 64), nn.ReLU(), nn.Linear(64, 64), nn.ReLU(), nn.Linear(64, 1))
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.MSELoss()
    start = time.perf_counter()
    perm = torch.randperm(rows)
    Xp, yp = X[perm], y[perm]
    for i in range(0, rows, batch):
        xb, yb = Xp[i:i + batch], yp[i:i + batch]
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(xb).squeeze(1), yb)
        loss.backward()
        opt.step()
    seconds = time.perf_counter() - start
    steps = (rows + batch - 1) // batch
    print("threads %d batch %4d: %.2f s/epoch, %.0f us/step, last loss %.4f" % (threads, batch, seconds, seconds / steps * 1e6, loss.item()))
