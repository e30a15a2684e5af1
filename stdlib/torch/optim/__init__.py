"""torch.optim: SGD, Adam, AdamW, RMSprop and learning-rate schedulers."""
from torch.optim.optimizer import Optimizer
from torch.optim.algorithms import SGD, Adam, AdamW, RMSprop
from torch.optim import lr_scheduler
