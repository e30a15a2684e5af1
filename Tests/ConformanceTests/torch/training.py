# nn.Module, losses, optimizers, schedulers, state dicts, save/load and DataLoader, deterministic
# (weights are set by hand, no random numbers).
import os
import tempfile
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import TensorDataset, DataLoader


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 4)
        self.act = nn.ReLU()
        self.fc2 = nn.Linear(4, 1)

    def forward(self, *x):
        x = torch.cat(x, dim=1)
        return self.fc2(self.act(self.fc1(x)))


def fill(model):
    with torch.no_grad():
        for i, (name, p) in enumerate(model.named_parameters()):
            n = p.numel()
            p.copy_(torch.arange(n).reshape(p.shape).float() * 0.1 - 0.2 + 0.01 * i)


net = Net()
fill(net)
print(net)
print([name for name, _ in net.named_parameters()])
print([tuple(p.shape) for p in net.parameters()])
print(list(net.state_dict().keys()))
x = torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0], [3.0, 0.0, -2.0], [1.0, 1.0, 1.0]])
y = torch.tensor([[1.0], [0.0], [2.0], [1.5]])
out = net(x[:, 0:1], x[:, 1:2], x[:, 2:3])
print(out)
for loss_fn in [nn.MSELoss(), nn.L1Loss(), nn.SmoothL1Loss(), nn.MSELoss(reduction="sum")]:
    print(type(loss_fn).__name__, loss_fn(out, y))
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
labels = torch.tensor([0, 2])
print(F.cross_entropy(logits, labels), nn.CrossEntropyLoss()(logits, labels))
print(F.nll_loss(F.log_softmax(logits, dim=1), labels))
print(nn.BCEWithLogitsLoss()(torch.tensor([0.5, -1.0]), torch.tensor([1.0, 0.0])))
print(nn.BCELoss()(torch.tensor([0.8, 0.3]), torch.tensor([1.0, 0.0])))

for name, make in [("SGD", lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9)),
                   ("Adam", lambda p: torch.optim.Adam(p, lr=0.01)),
                   ("AdamW", lambda p: torch.optim.AdamW(p, lr=0.01)),
                   ("RMSprop", lambda p: torch.optim.RMSprop(p, lr=0.01))]:
    model = Net()
    fill(model)
    opt = make(model.parameters())
    losses = []
    for step in range(5):
        opt.zero_grad()
        loss = F.mse_loss(model(x[:, 0:1], x[:, 1:2], x[:, 2:3]), y)
        loss.backward()
        opt.step()
        losses.append(round(loss.item(), 5))
    print(name, losses)

opt = torch.optim.SGD(net.parameters(), lr=1.0)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
lrs = []
for epoch in range(5):
    opt.step()
    sched.step()
    lrs.append(sched.get_last_lr()[0])
print("StepLR", lrs)

seq = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1), nn.Sigmoid())
fill(seq)
print(seq)
print(seq(torch.tensor([[1.0, -1.0]])))
seq.eval()
print(seq.training, seq[0].training)
seq.train()
print(seq.training)

folder = tempfile.mkdtemp()
path = os.path.join(folder, "model.pt")
torch.save(net.state_dict(), path)
copy = Net()
copy.load_state_dict(torch.load(path))
print(torch.equal(copy.fc1.weight, net.fc1.weight) if hasattr(torch, "equal") else (copy.fc1.weight == net.fc1.weight).all())
os.remove(path)
os.rmdir(folder)

data = TensorDataset(torch.arange(10).float().reshape(5, 2), torch.arange(5).float())
loader = DataLoader(data, batch_size=2, shuffle=False)
print(len(loader))
for features, target in loader:
    print(features.tolist(), target.tolist())
print(len(DataLoader(data, batch_size=2, drop_last=True)))
