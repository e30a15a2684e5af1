"""torch.nn layers: Linear, activations, Dropout, BatchNorm1d, Embedding, Flatten, Identity."""
import _torch
import torch
from torch import _wrap
from torch.nn.module import Module
from torch.nn.parameter import Parameter
from torch.nn import functional as F


class Identity(Module):
    """Returns its input."""

    def __init__(self, *args, **kwargs):
        super().__init__()

    def forward(self, input):
        """The input, unchanged."""
        return input


class Linear(Module):
    """y = x @ weight.T + bias, with weight of shape [out_features, in_features]."""

    def __init__(self, in_features, out_features, bias=True, device=None, dtype=None):
        super().__init__()
        self.in_features = in_features
        self.out_features = out_features
        self.weight = Parameter(torch.empty(out_features, in_features, dtype=dtype))
        if bias:
            self.bias = Parameter(torch.empty(out_features, dtype=dtype))
        else:
            self.register_parameter("bias", None)
        self.reset_parameters()

    def reset_parameters(self):
        """PyTorch's default initialisation (kaiming uniform weight, uniform bias)."""
        _torch.linear_init(self.weight._t, None if self.bias is None else self.bias._t)

    def forward(self, input):
        """input @ weight.T + bias."""
        return _wrap(_torch.linear(input._t, self.weight._t, None if self.bias is None else self.bias._t))

    def extra_repr(self):
        return "in_features={}, out_features={}, bias={}".format(self.in_features, self.out_features,
                                                                 self.bias is not None)


class ReLU(Module):
    """max(x, 0)."""

    def __init__(self, inplace=False):
        super().__init__()
        self.inplace = inplace

    def forward(self, input):
        """max(x, 0)."""
        return F.relu(input)

    def extra_repr(self):
        return "inplace=True" if self.inplace else ""


class LeakyReLU(Module):
    """x if x >= 0 else negative_slope * x."""

    def __init__(self, negative_slope=0.01, inplace=False):
        super().__init__()
        self.negative_slope = negative_slope
        self.inplace = inplace

    def forward(self, input):
        """The leaky ReLU of the input."""
        return F.leaky_relu(input, self.negative_slope)

    def extra_repr(self):
        return "negative_slope={}{}".format(self.negative_slope, ", inplace=True" if self.inplace else "")


class Sigmoid(Module):
    """1 / (1 + exp(-x))."""

    def forward(self, input):
        """The sigmoid of the input."""
        return F.sigmoid(input)


class Tanh(Module):
    """The hyperbolic tangent."""

    def forward(self, input):
        """The tanh of the input."""
        return F.tanh(input)


class Softmax(Module):
    """softmax along `dim`."""

    def __init__(self, dim=None):
        super().__init__()
        self.dim = dim

    def forward(self, input):
        """The softmax of the input."""
        return F.softmax(input, self.dim)

    def extra_repr(self):
        return "dim={}".format(self.dim)


class LogSoftmax(Module):
    """log_softmax along `dim`."""

    def __init__(self, dim=None):
        super().__init__()
        self.dim = dim

    def forward(self, input):
        """The log-softmax of the input."""
        return F.log_softmax(input, self.dim)

    def extra_repr(self):
        return "dim={}".format(self.dim)


class Dropout(Module):
    """In training, zeroes elements with probability p and scales the others by 1 / (1 - p)."""

    def __init__(self, p=0.5, inplace=False):
        super().__init__()
        if p < 0 or p > 1:
            raise ValueError("dropout probability has to be between 0 and 1, but got {}".format(p))
        self.p = p
        self.inplace = inplace

    def forward(self, input):
        """Dropout in training mode, the identity in eval mode."""
        return F.dropout(input, self.p, self.training)

    def extra_repr(self):
        return "p={}, inplace={}".format(self.p, self.inplace)


class Flatten(Module):
    """Flattens dimensions start_dim..end_dim (1..-1: everything but the batch)."""

    def __init__(self, start_dim=1, end_dim=-1):
        super().__init__()
        self.start_dim = start_dim
        self.end_dim = end_dim

    def forward(self, input):
        """The flattened input."""
        return input.flatten(self.start_dim, self.end_dim)

    def extra_repr(self):
        return "start_dim={}, end_dim={}".format(self.start_dim, self.end_dim)


class BatchNorm1d(Module):
    """Batch normalisation over (N, C) or (N, C, L) inputs, with running statistics for eval mode."""

    def __init__(self, num_features, eps=1e-5, momentum=0.1, affine=True, track_running_stats=True,
                 device=None, dtype=None):
        super().__init__()
        self.num_features = num_features
        self.eps = eps
        self.momentum = momentum
        self.affine = affine
        self.track_running_stats = track_running_stats
        if affine:
            self.weight = Parameter(torch.ones(num_features, dtype=dtype))
            self.bias = Parameter(torch.zeros(num_features, dtype=dtype))
        else:
            self.register_parameter("weight", None)
            self.register_parameter("bias", None)
        if track_running_stats:
            self.register_buffer("running_mean", torch.zeros(num_features, dtype=dtype))
            self.register_buffer("running_var", torch.ones(num_features, dtype=dtype))
            self.register_buffer("num_batches_tracked", torch.tensor(0, dtype=torch.int64))
        else:
            self.register_buffer("running_mean", None)
            self.register_buffer("running_var", None)
            self.register_buffer("num_batches_tracked", None)

    def reset_running_stats(self):
        """Running mean 0, running variance 1, no batches tracked."""
        if self.track_running_stats:
            self.running_mean.zero_()
            self.running_var.fill_(1)
            self.num_batches_tracked.zero_()

    def reset_parameters(self):
        """Resets the running statistics, weight 1 and bias 0."""
        self.reset_running_stats()
        if self.affine:
            _torch.init("ones", self.weight._t, None, None)
            _torch.init("zeros", self.bias._t, None, None)

    def forward(self, input):
        """Normalises with the batch's statistics (training) or the running ones (eval)."""
        ndim = input.ndim
        if ndim != 2 and ndim != 3:
            raise ValueError("expected 2D or 3D input (got {}D input)".format(ndim))
        c = self.num_features
        if input.size(1) != c:
            raise RuntimeError("running_mean should contain {} elements not {}".format(input.size(1), c))
        dims = [0] if ndim == 2 else [0, 2]
        shape = [1, c] if ndim == 2 else [1, c, 1]
        use_batch = self.training or not self.track_running_stats
        if use_batch:
            n = input.numel() // c
            if self.training and n <= 1:
                raise ValueError("Expected more than 1 value per channel when training, got input size " +
                                 repr(input.size()))
            mean = input.mean(dims, keepdim=True)
            diff = input - mean
            var = (diff * diff).mean(dims, keepdim=True)
            if self.training and self.track_running_stats:
                with torch.no_grad():
                    self.num_batches_tracked.add_(1)
                    if self.momentum is None:
                        factor = 1.0 / self.num_batches_tracked.item()
                    else:
                        factor = self.momentum
                    batch_mean = mean.detach().reshape(c)
                    batch_var = var.detach().reshape(c) * (n / (n - 1))
                    self.running_mean.mul_(1.0 - factor).add_(batch_mean * factor)
                    self.running_var.mul_(1.0 - factor).add_(batch_var * factor)
            normed = diff / (var + self.eps).sqrt()
        else:
            mean = self.running_mean.reshape(shape)
            var = self.running_var.reshape(shape)
            normed = (input - mean) / (var + self.eps).sqrt()
        if self.affine:
            normed = normed * self.weight.reshape(shape) + self.bias.reshape(shape)
        return normed

    def extra_repr(self):
        return "{}, eps={}, momentum={}, affine={}, track_running_stats={}".format(
            self.num_features, self.eps, self.momentum, self.affine, self.track_running_stats)


class Embedding(Module):
    """A lookup table: row i of `weight` ([num_embeddings, embedding_dim]) for index i."""

    def __init__(self, num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0,
                 scale_grad_by_freq=False, sparse=False, _weight=None, _freeze=False, device=None, dtype=None):
        super().__init__()
        self.num_embeddings = num_embeddings
        self.embedding_dim = embedding_dim
        if padding_idx is not None:
            if padding_idx < -num_embeddings or padding_idx >= num_embeddings:
                raise AssertionError("Padding_idx must be within num_embeddings")
            if padding_idx < 0:
                padding_idx += num_embeddings
        self.padding_idx = padding_idx
        if _weight is None:
            self.weight = Parameter(torch.empty(num_embeddings, embedding_dim, dtype=dtype), requires_grad=not _freeze)
            self.reset_parameters()
        else:
            self.weight = Parameter(_weight, requires_grad=not _freeze)

    def reset_parameters(self):
        """N(0, 1) weights; the padding row zeroed."""
        _torch.init("normal", self.weight._t, 0.0, 1.0)
        if self.padding_idx is not None:
            rows = [[0.0] if i == self.padding_idx else [1.0] for i in range(self.num_embeddings)]
            mask = torch.tensor(rows, dtype=self.weight.dtype)
            with torch.no_grad():
                self.weight.mul_(mask)

    @classmethod
    def from_pretrained(cls, embeddings, freeze=True, padding_idx=None):
        """An Embedding whose weight is `embeddings` (frozen unless freeze=False)."""
        rows, cols = embeddings.shape
        return cls(rows, cols, padding_idx=padding_idx, _weight=embeddings, _freeze=freeze)

    def forward(self, input):
        """The rows of `weight` for the int64 indices in `input` (shape: input.shape + [embedding_dim])."""
        shape = list(input.shape)
        flat = input.reshape(-1)
        rows = _wrap(_torch.index(self.weight._t, [("tensor", flat._t)]))
        return rows.reshape(shape + [self.embedding_dim])

    def extra_repr(self):
        text = "{}, {}".format(self.num_embeddings, self.embedding_dim)
        if self.padding_idx is not None:
            text += ", padding_idx={}".format(self.padding_idx)
        return text
