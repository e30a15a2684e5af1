"""torch.nn: modules, parameters, losses, `functional` and `init`."""
from torch.nn.parameter import Parameter
from torch.nn.module import Module
from torch.nn.container import Sequential, ModuleList, ModuleDict
from torch.nn.layers import (Identity, Linear, ReLU, LeakyReLU, Sigmoid, Tanh, Softmax, LogSoftmax, Dropout,
                             Flatten, BatchNorm1d, Embedding)
from torch.nn.loss import (MSELoss, L1Loss, SmoothL1Loss, BCELoss, BCEWithLogitsLoss, CrossEntropyLoss,
                           NLLLoss)
from torch.nn import functional
from torch.nn import init
from torch.nn import utils
