"""Prism's `torch`: PyTorch's tensor API (CPU, float32/float64/int64, autograd) over the native
module `_torch`. A `Tensor` wraps a native handle in `self._t`; `torch.nn`, `torch.optim` and
`torch.utils.data` are written over it."""

import _torch
import functools as _functools
from collections import OrderedDict as _OrderedDict

# This module defines `float`, `max`, `sum`, ... as PyTorch does: keep the builtins at hand.
_pyfloat = float
_pyint = int
_pybool = bool
_pymax = max
_pymin = min
_pysum = sum
_pyabs = abs

__version__ = "2.3.0+prism"


# ---------------------------------------------------------------------------------------------
# dtypes, devices, Size

class dtype:
    """A tensor element type (`torch.float32`, `torch.float64`, `torch.int64`, `torch.bool`)."""

    def __init__(self, name, is_floating_point, itemsize):
        self._name = name
        self.is_floating_point = is_floating_point
        self.itemsize = itemsize

    def __repr__(self):
        return "torch." + self._name

    def __str__(self):
        return "torch." + self._name

    def __eq__(self, other):
        return isinstance(other, dtype) and other._name == self._name

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return hash(self._name)


float32 = dtype("float32", True, 4)
float64 = dtype("float64", True, 8)
int64 = dtype("int64", False, 8)
bool = dtype("bool", False, 1)
float = float32
double = float64
long = int64
_DTYPES = {"float32": float32, "float64": float64, "int64": int64, "bool": bool}


def _dtype_name(d):
    """The native name of a dtype object (or None); `torch.bool` is stored as int64 0/1."""
    if d is None:
        return None
    if isinstance(d, dtype):
        return "int64" if d._name == "bool" else d._name
    if d is _pyfloat:
        return "float32"
    if d is _pyint or d is _pybool:
        return "int64"
    if isinstance(d, str) and d in _DTYPES:
        return _dtype_name(_DTYPES[d])
    raise TypeError("dtype must be a torch.dtype, got " + repr(d))


def get_default_dtype():
    """The default floating point dtype: `torch.float32`."""
    return float32


class device:
    """A device; Prism runs on the CPU only (`torch.device("cpu")`)."""

    def __init__(self, type="cpu", index=None):
        if isinstance(type, device):
            type = type.type
        type = str(type).split(":")[0]
        if type != "cpu":
            raise RuntimeError("Prism's torch runs on the CPU only, not on " + repr(type))
        self.type = type
        self.index = index

    def __repr__(self):
        return "device(type='cpu')"

    def __str__(self):
        return "cpu"

    def __eq__(self, other):
        return isinstance(other, device) or other == "cpu"

    def __hash__(self):
        return hash("cpu")


class _Cuda:
    """`torch.cuda`: no GPU here."""

    def is_available(self):
        """Always False: Prism has no GPUs."""
        return False

    def device_count(self):
        """Always 0."""
        return 0

    def manual_seed(self, seed):
        """Does nothing (there is no GPU)."""
        return None

    def manual_seed_all(self, seed):
        """Does nothing (there is no GPU)."""
        return None


cuda = _Cuda()


class Size(tuple):
    """A tensor's shape: a tuple of ints printed as `torch.Size([2, 3])`."""

    def __repr__(self):
        return "torch.Size(" + repr(list(self)) + ")"

    def __str__(self):
        return self.__repr__()

    def numel(self):
        """The number of elements of a tensor of this shape."""
        n = 1
        for s in self:
            n *= s
        return n


class _ValuesIndices(tuple):
    """`torch.return_types.max/min`: a `(values, indices)` pair with named fields."""

    def __new__(cls, name, pair):
        result = tuple.__new__(cls, pair)
        result._name = name
        return result

    @property
    def values(self):
        """The reduced values."""
        return self[0]

    @property
    def indices(self):
        """Where the values were found."""
        return self[1]

    def __repr__(self):
        return ("torch.return_types." + self._name + "(\nvalues=" + repr(self[0]) +
                ",\nindices=" + repr(self[1]) + ")")


class _GradFn:
    """The node that made a non-leaf tensor (`tensor.grad_fn`)."""

    def name(self):
        """The node's name."""
        return "Backward"

    def __repr__(self):
        return "<Backward object>"


# ---------------------------------------------------------------------------------------------
# Tensor

def _wrap(handle):
    """A Tensor around a native handle."""
    t = object.__new__(Tensor)
    t._t = handle
    t._is_bool = False
    return t


def _wrap_bool(handle):
    """A Tensor around a native 0/1 int64 handle that stands for booleans."""
    t = _wrap(handle)
    t._is_bool = True
    return t


def _h(x):
    """The native operand for a Tensor, a Python number or nested lists of numbers."""
    if isinstance(x, Tensor):
        return x._t
    if isinstance(x, _pybool):
        return 1 if x else 0
    if isinstance(x, (_pyint, _pyfloat)):
        return x
    if isinstance(x, (list, tuple)):
        return _torch.tensor(_plain(x), None, False)
    raise TypeError("expected a Tensor or a number, got " + type(x).__name__)


def _plain(data):
    """Nested lists/tuples with one-element tensors and bools replaced by Python numbers."""
    if isinstance(data, Tensor):
        return data.tolist()
    if isinstance(data, (list, tuple)):
        return [_plain(x) for x in data]
    if isinstance(data, _pybool):
        return 1 if data else 0
    return data


def _shape_arg(size):
    """A shape from `f(2, 3)`, `f((2, 3))`, `f([2, 3])` or `f(torch.Size([2, 3]))`, as a list."""
    if len(size) == 1 and isinstance(size[0], (list, tuple)):
        size = size[0]
    return [_pyint(s) for s in size]


def _operand(x):
    """Whether x can be an operand of an arithmetic operator."""
    return isinstance(x, (Tensor, _pyint, _pyfloat))


def _binary(op, a, b):
    return _wrap(_torch.binary(op, _h(a), _h(b)))


def _compare(op, a, b):
    return _wrap_bool(_torch.binary(op, _h(a), _h(b)))


def _norm_dim(d, n):
    return d + n if d < 0 else d


class Tensor:
    """A multi-dimensional array with autograd: PyTorch's `torch.Tensor`."""

    def __init__(self, *data, _t=None):
        if _t is not None:
            self._t = _t
        elif len(data) == 1 and isinstance(data[0], (list, tuple, Tensor)) and not isinstance(data[0], Size):
            self._t = _torch.tensor(_h(data[0]) if isinstance(data[0], Tensor) else _plain(data[0]), "float32", False)
        else:
            self._t = _torch.full(_shape_arg(data), 0.0, "float32", False)
        self._is_bool = False

    # -- metadata ------------------------------------------------------------------------------
    @property
    def shape(self):
        """The shape, a `torch.Size`."""
        return Size(_torch.info(self._t)[0])

    @property
    def dtype(self):
        """The element type."""
        if self._is_bool:
            return bool
        return _DTYPES[_torch.info(self._t)[1]]

    @property
    def device(self):
        """Always the CPU."""
        return device("cpu")

    @property
    def is_cuda(self):
        """Always False."""
        return False

    @property
    def requires_grad(self):
        """Whether autograd records operations on this tensor."""
        return _torch.info(self._t)[2]

    @requires_grad.setter
    def requires_grad(self, flag):
        _torch.set_requires_grad(self._t, _pybool(flag))

    @property
    def is_leaf(self):
        """True for tensors not made by a recorded operation."""
        return _torch.info(self._t)[3]

    @property
    def grad_fn(self):
        """None for leaves, else the node that made this tensor."""
        return _GradFn() if _torch.info(self._t)[4] else None

    @property
    def grad(self):
        """The gradient accumulated by `backward()`, or None."""
        g = _torch.grad(self._t)
        return None if g is None else _wrap(g)

    @grad.setter
    def grad(self, value):
        _torch.set_grad(self._t, None if value is None else value._t)

    @property
    def data(self):
        """The tensor's values, detached from autograd."""
        return _wrap(_torch.detach(self._t))

    @data.setter
    def data(self, value):
        if not isinstance(value, Tensor):
            raise TypeError("data must be a Tensor")
        if self.shape == value.shape and self.dtype == value.dtype:
            previous = _torch.set_grad_enabled(False)
            try:
                _torch.inplace("copy_", self._t, value._t)
            finally:
                _torch.set_grad_enabled(previous)
        else:
            flag = self.requires_grad
            self._t = _torch.detach(value._t)
            if flag:
                _torch.set_requires_grad(self._t, True)

    @property
    def T(self):
        """The tensor with its dimensions reversed."""
        n = self.ndim
        if n < 2:
            return self
        return self.permute(*range(n - 1, -1, -1))

    @property
    def mT(self):
        """The tensor with its last two dimensions swapped."""
        return self.transpose(-2, -1)

    @property
    def ndim(self):
        """The number of dimensions."""
        return len(_torch.info(self._t)[0])

    def size(self, dim=None):
        """The shape (a `torch.Size`), or the size of dimension `dim`."""
        shape = _torch.info(self._t)[0]
        if dim is None:
            return Size(shape)
        n = len(shape)
        if dim < -n or dim >= n:
            raise IndexError("Dimension out of range (expected to be in range of [" + str(-n) + ", " +
                             str(n - 1) + "], but got " + str(dim) + ")")
        return shape[dim]

    def dim(self):
        """The number of dimensions."""
        return self.ndim

    def numel(self):
        """The number of elements."""
        n = 1
        for s in _torch.info(self._t)[0]:
            n *= s
        return n

    nelement = numel

    def is_floating_point(self):
        """Whether the dtype is a floating point type."""
        return self.dtype.is_floating_point

    def item(self):
        """The value of a one-element tensor as a Python number."""
        v = _torch.item(self._t)
        if self._is_bool:
            return v != 0
        return v

    def tolist(self):
        """The values as (nested) Python lists."""
        v = _torch.tolist(self._t)
        if self._is_bool:
            return _to_bools(v)
        return v

    def __repr__(self):
        if self._is_bool:
            return _bool_repr(self.tolist())
        return _torch.repr(self._t)

    def __str__(self):
        return self.__repr__()

    def __format__(self, spec):
        if spec and self.numel() == 1:
            return format(self.item(), spec)
        return format(repr(self), spec)

    # -- autograd ------------------------------------------------------------------------------
    def backward(self, gradient=None, retain_graph=None, create_graph=False):
        """Accumulates the gradient of this tensor into the `.grad` of the leaves."""
        _torch.backward(self._t, None if gradient is None else _h(gradient))

    def detach(self):
        """A tensor sharing the values, outside autograd."""
        return _wrap(_torch.detach(self._t))

    def clone(self):
        """A copy (recorded by autograd)."""
        return _wrap(_torch.clone(self._t))

    def requires_grad_(self, requires_grad=True):
        """Sets `requires_grad` in place and returns self."""
        _torch.set_requires_grad(self._t, _pybool(requires_grad))
        return self

    def retain_grad(self):
        """Accepted for compatibility; gradients of non-leaves are not kept."""
        return None

    # -- conversion ----------------------------------------------------------------------------
    def to(self, *args, **kwargs):
        """Converts to a dtype (`t.to(torch.float64)`, `t.to(other)`); devices other than the CPU are refused."""
        target = kwargs.get("dtype")
        for a in list(args) + [kwargs.get("device")]:
            if isinstance(a, dtype):
                target = a
            elif isinstance(a, Tensor):
                target = a.dtype
            elif isinstance(a, (str, device)):
                device(a)
        if target is None or target == self.dtype:
            return self
        return _wrap(_torch.to(self._t, _dtype_name(target)))

    def type(self, dtype=None):
        """Converts to `dtype`; without one, the type's name (`'torch.FloatTensor'`)."""
        if dtype is None:
            return {"float32": "torch.FloatTensor", "float64": "torch.DoubleTensor",
                    "int64": "torch.LongTensor", "bool": "torch.BoolTensor"}[self.dtype._name]
        return self.to(dtype)

    def type_as(self, other):
        """Converts to the dtype of `other`."""
        return self.to(other.dtype)

    def float(self):
        """Converts to float32."""
        return self.to(float32)

    def double(self):
        """Converts to float64."""
        return self.to(float64)

    def long(self):
        """Converts to int64."""
        return self.to(int64)

    def int(self):
        """Converts to int64 (Prism has no int32)."""
        return self.to(int64)

    def bool(self):
        """The 0/1 tensor of non-zero elements."""
        return self != 0

    def cpu(self):
        """Self: tensors live on the CPU."""
        return self

    def contiguous(self):
        """Self."""
        return self

    def numpy(self):
        """Not available: Prism has no numpy."""
        raise RuntimeError("Prism has no numpy: use tensor.tolist()")

    # -- operators -----------------------------------------------------------------------------
    def __add__(self, o): return _binary("add", self, o) if _operand(o) else NotImplemented
    def __radd__(self, o): return _binary("add", o, self) if _operand(o) else NotImplemented
    def __sub__(self, o): return _binary("sub", self, o) if _operand(o) else NotImplemented
    def __rsub__(self, o): return _binary("sub", o, self) if _operand(o) else NotImplemented
    def __mul__(self, o): return _binary("mul", self, o) if _operand(o) else NotImplemented
    def __rmul__(self, o): return _binary("mul", o, self) if _operand(o) else NotImplemented
    def __truediv__(self, o): return _binary("div", self, o) if _operand(o) else NotImplemented
    def __rtruediv__(self, o): return _binary("div", o, self) if _operand(o) else NotImplemented
    def __pow__(self, o): return _binary("pow", self, o) if _operand(o) else NotImplemented
    def __rpow__(self, o): return _binary("pow", o, self) if _operand(o) else NotImplemented
    def __matmul__(self, o): return _wrap(_torch.matmul(self._t, o._t)) if isinstance(o, Tensor) else NotImplemented
    def __rmatmul__(self, o): return _wrap(_torch.matmul(o._t, self._t)) if isinstance(o, Tensor) else NotImplemented
    def __neg__(self): return _wrap(_torch.unary("neg", self._t))
    def __pos__(self): return self
    def __abs__(self): return self.abs()

    def __iadd__(self, o): return self.add_(o)
    def __isub__(self, o): return self.sub_(o)
    def __imul__(self, o): return self.mul_(o)
    def __itruediv__(self, o): return self.div_(o)

    def __eq__(self, o): return _compare("eq", self, o) if _operand(o) else NotImplemented
    def __ne__(self, o): return _compare("ne", self, o) if _operand(o) else NotImplemented
    def __lt__(self, o): return _compare("lt", self, o) if _operand(o) else NotImplemented
    def __le__(self, o): return _compare("le", self, o) if _operand(o) else NotImplemented
    def __gt__(self, o): return _compare("gt", self, o) if _operand(o) else NotImplemented
    def __ge__(self, o): return _compare("ge", self, o) if _operand(o) else NotImplemented

    def __and__(self, o): return _wrap_bool(_torch.binary("mul", _torch.binary("ne", self._t, 0), _torch.binary("ne", _h(o), 0)))
    def __or__(self, o): return _wrap_bool(_torch.binary("maximum", _torch.binary("ne", self._t, 0), _torch.binary("ne", _h(o), 0)))
    def __invert__(self): return _wrap_bool(_torch.binary("eq", self._t, 0))
    __rand__ = __and__
    __ror__ = __or__

    def __hash__(self):
        return id(self)

    def eq(self, o): return self == o
    def ne(self, o): return self != o
    def lt(self, o): return self < o
    def le(self, o): return self <= o
    def gt(self, o): return self > o
    def ge(self, o): return self >= o

    def add(self, other, alpha=1):
        """self + alpha * other."""
        return self + (other if alpha == 1 else other * alpha)

    def sub(self, other, alpha=1):
        """self - alpha * other."""
        return self - (other if alpha == 1 else other * alpha)

    def mul(self, other): return self * other
    def div(self, other): return self / other
    def pow(self, exponent): return _binary("pow", self, exponent)
    def square(self): return self * self
    def maximum(self, other): return _binary("maximum", self, other)
    def minimum(self, other): return _binary("minimum", self, other)

    def matmul(self, other):
        """Matrix product."""
        return _wrap(_torch.matmul(self._t, other._t))

    mm = matmul

    def __bool__(self):
        if self.numel() != 1:
            raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous")
        return _torch.item(self._t) != 0

    def __float__(self):
        if self.numel() != 1:
            raise ValueError("only one element tensors can be converted to Python scalars")
        return _pyfloat(_torch.item(self._t))

    def __int__(self):
        if self.numel() != 1:
            raise ValueError("only one element tensors can be converted to Python scalars")
        return _pyint(_torch.item(self._t))

    def __index__(self):
        if self.dtype.is_floating_point or self.numel() != 1:
            raise TypeError("only integer tensors of a single element can be converted to an index")
        return _pyint(_torch.item(self._t))

    def __len__(self):
        shape = _torch.info(self._t)[0]
        if len(shape) == 0:
            raise TypeError("len() of a 0-d tensor")
        return shape[0]

    def __iter__(self):
        shape = _torch.info(self._t)[0]
        if len(shape) == 0:
            raise TypeError("iteration over a 0-d tensor")
        for i in range(shape[0]):
            yield self[i]

    def __contains__(self, element):
        return (self == element).any().item()

    # -- indexing ------------------------------------------------------------------------------
    def __getitem__(self, key):
        if isinstance(key, Tensor) and key._is_bool:
            return self._masked(key)
        return _wrap(_torch.index(self._t, _index_keys(key, self.ndim)))

    def _masked(self, mask):
        """The elements where a boolean mask is true, as a 1-D tensor (or rows, for a 1-D mask)."""
        mshape = mask.shape
        if mask.ndim == 1:
            flat = mask.tolist()
            picked = self
        else:
            if mshape != self.shape[:len(mshape)]:
                raise IndexError("The shape of the mask " + repr(list(mshape)) +
                                 " does not match the shape of the indexed tensor " + repr(list(self.shape)))
            flat = mask.reshape(-1).tolist()
            picked = self.reshape([-1] + list(self.shape[len(mshape):]))
        indices = [i for i in range(len(flat)) if flat[i]]
        return _wrap(_torch.index(picked._t, [("tensor", _torch.tensor(indices, "int64", False))]))

    def __setitem__(self, key, value):
        if isinstance(key, Tensor) and key._is_bool and key.shape == self.shape and _operand(value):
            if not isinstance(value, Tensor):
                value = _wrap(_torch.full([], value, _torch.info(self._t)[1], False))
            self.copy_(where(key, value, self))
            return
        raise NotImplementedError("Prism's torch does not support assignment to indexed tensors yet "
                                  "(use torch.where or in-place methods)")

    # -- shape ---------------------------------------------------------------------------------
    def view(self, *shape):
        """The tensor with a new shape (one size may be -1)."""
        if len(shape) == 1 and isinstance(shape[0], dtype):
            return self.to(shape[0])
        return _wrap(_torch.reshape(self._t, _shape_arg(shape)))

    def reshape(self, *shape):
        """The tensor with a new shape (one size may be -1)."""
        return _wrap(_torch.reshape(self._t, _shape_arg(shape)))

    def view_as(self, other):
        """`self.view(other.shape)`."""
        return self.reshape(list(other.shape))

    reshape_as = view_as

    def transpose(self, dim0, dim1):
        """The tensor with two dimensions swapped."""
        return _wrap(_torch.transpose(self._t, dim0, dim1))

    swapaxes = transpose

    def permute(self, *dims):
        """The tensor with its dimensions reordered."""
        return _wrap(_torch.permute(self._t, _shape_arg(dims)))

    def t(self):
        """The transpose of a tensor of at most 2 dimensions."""
        n = self.ndim
        if n > 2:
            raise RuntimeError("t() expects a tensor with <= 2 dimensions, but self is " + str(n) + "D")
        return self if n < 2 else self.transpose(0, 1)

    def squeeze(self, dim=None):
        """The tensor without dimensions of size 1 (or without `dim`, if of size 1)."""
        return _wrap(_torch.squeeze(self._t, dim))

    def unsqueeze(self, dim):
        """The tensor with a new dimension of size 1 at `dim`."""
        return _wrap(_torch.unsqueeze(self._t, dim))

    def flatten(self, start_dim=0, end_dim=-1):
        """The tensor with dimensions start_dim..end_dim merged."""
        return _wrap(_torch.flatten(self._t, start_dim, end_dim))

    def expand(self, *sizes):
        """A broadcast view with the given sizes (-1 keeps a size)."""
        sizes = _shape_arg(sizes)
        shape = list(_torch.info(self._t)[0])
        offset = len(sizes) - len(shape)
        result = []
        for i in range(len(sizes)):
            s = sizes[i]
            if s == -1:
                if i < offset:
                    raise RuntimeError("The expanded size of the tensor (-1) isn't allowed in a leading, "
                                       "non-existing dimension " + str(i))
                s = shape[i - offset]
            result.append(s)
        return _wrap(_torch.expand(self._t, result))

    def expand_as(self, other):
        """`self.expand(other.shape)`."""
        return self.expand(list(other.shape))

    def unbind(self, dim=0):
        """The slices along `dim`, as a tuple."""
        n = self.size(dim)
        d = _norm_dim(dim, self.ndim)
        return tuple(_wrap(_torch.index(self._t, [("slice", None, None, 1)] * d + [("int", i)])) for i in range(n))

    def chunk(self, chunks, dim=0):
        """Splits into `chunks` nearly equal pieces along `dim`."""
        n = self.size(dim)
        step = (n + chunks - 1) // chunks
        return self.split(step, dim)

    def split(self, split_size, dim=0):
        """Pieces of `split_size` along `dim` (or of the listed sizes)."""
        n = self.size(dim)
        d = _norm_dim(dim, self.ndim)
        if isinstance(split_size, _pyint):
            sizes = []
            start = 0
            while start < n:
                sizes.append(_pymin(split_size, n - start))
                start += split_size
        else:
            sizes = list(split_size)
        pieces = []
        start = 0
        for s in sizes:
            keys = [("slice", None, None, 1)] * d + [("slice", start, start + s, 1)]
            pieces.append(_wrap(_torch.index(self._t, keys)))
            start += s
        return tuple(pieces)

    # -- reductions ----------------------------------------------------------------------------
    def _reduce(self, op, dim, keepdim, correction=None):
        if isinstance(dim, tuple):
            dim = list(dim)
        return _wrap(_torch.reduce(op, self._t, dim, _pybool(keepdim), correction))

    def sum(self, dim=None, keepdim=False, dtype=None):
        """The sum of all elements, or along `dim` (an int or a tuple)."""
        t = self if dtype is None else self.to(dtype)
        return t._reduce("sum", dim, keepdim)

    def mean(self, dim=None, keepdim=False, dtype=None):
        """The mean of all elements, or along `dim` (an int or a tuple)."""
        t = self if dtype is None else self.to(dtype)
        return t._reduce("mean", dim, keepdim)

    def _extreme(self, op, dim, keepdim):
        if isinstance(dim, Tensor):
            return _binary("maximum" if op == "max" else "minimum", self, dim)
        if dim is None:
            return _wrap(_torch.reduce(op, self._t, None, False, None))
        values, indices = _torch.reduce(op, self._t, dim, _pybool(keepdim), None)
        return _ValuesIndices(op, (_wrap(values), _wrap(indices)))

    def max(self, dim=None, keepdim=False):
        """The largest element; with `dim`, `(values, indices)` along it; with a tensor, `maximum`."""
        return self._extreme("max", dim, keepdim)

    def min(self, dim=None, keepdim=False):
        """The smallest element; with `dim`, `(values, indices)` along it; with a tensor, `minimum`."""
        return self._extreme("min", dim, keepdim)

    def amax(self, dim=None, keepdim=False):
        """The largest values along `dim`."""
        return self.max(dim, keepdim) if dim is None else self.max(dim, keepdim)[0]

    def amin(self, dim=None, keepdim=False):
        """The smallest values along `dim`."""
        return self.min(dim, keepdim) if dim is None else self.min(dim, keepdim)[0]

    def argmax(self, dim=None, keepdim=False):
        """The index of the largest element (of the flattened tensor without `dim`)."""
        return self._reduce("argmax", dim, keepdim)

    def argmin(self, dim=None, keepdim=False):
        """The index of the smallest element (of the flattened tensor without `dim`)."""
        return self._reduce("argmin", dim, keepdim)

    def var(self, dim=None, unbiased=True, keepdim=False, correction=None):
        """The variance (Bessel-corrected unless `unbiased=False` or `correction=0`)."""
        if correction is None:
            correction = 1 if unbiased else 0
        return self._reduce("var", dim, keepdim, correction)

    def std(self, dim=None, unbiased=True, keepdim=False, correction=None):
        """The standard deviation (Bessel-corrected unless `unbiased=False` or `correction=0`)."""
        if correction is None:
            correction = 1 if unbiased else 0
        return self._reduce("std", dim, keepdim, correction)

    def any(self, dim=None, keepdim=False):
        """Whether any element is non-zero."""
        return _wrap_bool(_torch.binary("gt", (self != 0)._reduce("sum", dim, keepdim)._t, 0))

    def all(self, dim=None, keepdim=False):
        """Whether every element is non-zero."""
        return _wrap_bool(_torch.binary("eq", (self == 0)._reduce("sum", dim, keepdim)._t, 0))

    def norm(self, p=2, dim=None, keepdim=False):
        """The p-norm (2 by default) of all elements or along `dim`."""
        if p == 2 or p == "fro":
            return (self * self)._reduce("sum", dim, keepdim).sqrt()
        if p == 1:
            return self.abs()._reduce("sum", dim, keepdim)
        return (self.abs() ** p)._reduce("sum", dim, keepdim) ** (1.0 / p)

    # -- elementwise ---------------------------------------------------------------------------
    def _unary(self, op):
        return _wrap(_torch.unary(op, self._t))

    def neg(self): return self._unary("neg")
    def exp(self): return self._unary("exp")
    def log(self): return self._unary("log")
    def sqrt(self): return self._unary("sqrt")
    def abs(self): return self._unary("abs")
    def sigmoid(self): return self._unary("sigmoid")
    def tanh(self): return self._unary("tanh")
    def relu(self): return self._unary("relu")

    def clamp(self, min=None, max=None):
        """The elements limited to [min, max]."""
        return _wrap(_torch.clamp(self._t, min, max))

    clip = clamp

    def clamp_min(self, min):
        """The elements limited to at least `min`."""
        return self.clamp(min, None)

    def clamp_max(self, max):
        """The elements limited to at most `max`."""
        return self.clamp(None, max)

    def softmax(self, dim):
        """exp(x) / sum(exp(x)) along `dim`."""
        return _wrap(_torch.softmax(self._t, dim))

    def log_softmax(self, dim):
        """log(softmax(x)) along `dim`, computed stably."""
        return _wrap(_torch.log_softmax(self._t, dim))

    # -- in place ------------------------------------------------------------------------------
    def add_(self, other, alpha=1):
        """self += alpha * other, in place."""
        _torch.inplace("add_", self._t, _h(other if alpha == 1 else other * alpha))
        return self

    def sub_(self, other, alpha=1):
        """self -= alpha * other, in place."""
        _torch.inplace("sub_", self._t, _h(other if alpha == 1 else other * alpha))
        return self

    def mul_(self, other):
        """self *= other, in place."""
        _torch.inplace("mul_", self._t, _h(other))
        return self

    def div_(self, other):
        """self /= other, in place."""
        if isinstance(other, (_pyint, _pyfloat)):
            _torch.inplace("mul_", self._t, 1.0 / other)
        else:
            _torch.inplace("copy_", self._t, _torch.binary("div", self._t, _h(other)))
        return self

    def zero_(self):
        """Sets every element to 0, in place."""
        _torch.inplace("zero_", self._t, None)
        return self

    def fill_(self, value):
        """Sets every element to `value`, in place."""
        _torch.inplace("fill_", self._t, _h(value))
        return self

    def copy_(self, src):
        """Copies the values of `src` (broadcast) into self, in place."""
        _torch.inplace("copy_", self._t, _h(src))
        return self

    def clamp_(self, min=None, max=None):
        """Limits the elements to [min, max], in place."""
        _torch.inplace("copy_", self._t, _torch.clamp(self._t, min, max))
        return self

    def uniform_(self, a=0.0, b=1.0):
        """Fills with values drawn from U(a, b), in place."""
        _torch.init("uniform", self._t, a, b)
        return self

    def normal_(self, mean=0.0, std=1.0):
        """Fills with values drawn from N(mean, std^2), in place."""
        _torch.init("normal", self._t, mean, std)
        return self


def _to_bools(v):
    if isinstance(v, list):
        return [_to_bools(x) for x in v]
    return v != 0


def _index_keys(key, ndim):
    """The `_torch.index` keys of a Python subscript."""
    if not isinstance(key, tuple):
        key = (key,)
    if any(k is Ellipsis for k in key):
        at = [i for i in range(len(key)) if key[i] is Ellipsis]
        if len(at) > 1:
            raise IndexError("an index can only have a single ellipsis ('...')")
        fill = ndim - (len(key) - 1)
        key = key[:at[0]] + (slice(None),) * _pymax(fill, 0) + key[at[0] + 1:]
    keys = []
    for k in key:
        if isinstance(k, Tensor):
            if k._is_bool:
                raise IndexError("boolean masks are supported only as the whole subscript")
            keys.append(("tensor", k._t))
        elif isinstance(k, slice):
            keys.append(("slice", _opt_index(k.start), _opt_index(k.stop), 1 if k.step is None else _pyint(k.step)))
        elif isinstance(k, (list, tuple)):
            keys.append(("tensor", _torch.tensor(_plain(k), "int64", False)))
        elif k is None:
            raise IndexError("Prism's torch does not support None (newaxis) in subscripts: use unsqueeze")
        elif isinstance(k, (_pyint, _pybool)) or hasattr(k, "__index__"):
            keys.append(("int", k.__index__() if not isinstance(k, _pyint) else _pyint(k)))
        else:
            raise IndexError("only integers, slices (`:`), ellipsis (`...`) and integer tensors are valid indices")
    return keys


def _opt_index(v):
    if v is None:
        return None
    return _pyint(v)


# ---------------------------------------------------------------------------------------------
# Creation

def is_tensor(obj):
    """Whether obj is a Tensor."""
    return isinstance(obj, Tensor)


def tensor(data, dtype=None, device=None, requires_grad=False):
    """A tensor holding a copy of `data` (a number, nested lists or tuples, or a tensor)."""
    name = _dtype_name(dtype)
    if isinstance(data, Tensor):
        return _wrap(_torch.tensor(data._t, name, _pybool(requires_grad)))
    try:
        h = _torch.tensor(data, name, _pybool(requires_grad))
    except TypeError:
        h = _torch.tensor(_plain(data), name, _pybool(requires_grad))
    result = _wrap(h)
    if dtype is not None and dtype == bool:
        result._is_bool = True
    return result


as_tensor = tensor


def full(size, fill_value, dtype=None, device=None, requires_grad=False):
    """A tensor of shape `size` filled with `fill_value`."""
    if dtype is None and isinstance(fill_value, _pybool):
        dtype = bool
    if dtype is None and isinstance(fill_value, _pyint):
        dtype = int64
    result = _wrap(_torch.full(_shape_arg((size,)), fill_value, _dtype_name(dtype), _pybool(requires_grad)))
    if dtype is not None and dtype == bool:
        result._is_bool = True
    return result


def zeros(*size, dtype=None, device=None, requires_grad=False):
    """A tensor of zeros (float32 unless `dtype`)."""
    return _wrap(_torch.full(_shape_arg(size), 0, _dtype_name(dtype) or "float32", _pybool(requires_grad)))


def ones(*size, dtype=None, device=None, requires_grad=False):
    """A tensor of ones (float32 unless `dtype`)."""
    return _wrap(_torch.full(_shape_arg(size), 1, _dtype_name(dtype) or "float32", _pybool(requires_grad)))


def empty(*size, dtype=None, device=None, requires_grad=False):
    """A tensor of the given shape (filled with zeros)."""
    return zeros(*size, dtype=dtype, requires_grad=requires_grad)


def zeros_like(input, dtype=None, device=None, requires_grad=False):
    """Zeros with the shape (and dtype, unless given) of `input`."""
    return zeros(list(input.shape), dtype=dtype or input.dtype, requires_grad=requires_grad)


def ones_like(input, dtype=None, device=None, requires_grad=False):
    """Ones with the shape (and dtype, unless given) of `input`."""
    return ones(list(input.shape), dtype=dtype or input.dtype, requires_grad=requires_grad)


def full_like(input, fill_value, dtype=None, device=None, requires_grad=False):
    """`fill_value` with the shape (and dtype, unless given) of `input`."""
    return full(list(input.shape), fill_value, dtype=dtype or input.dtype, requires_grad=requires_grad)


def rand_like(input, dtype=None):
    """U(0, 1) samples with the shape of `input`."""
    return rand(list(input.shape), dtype=dtype or input.dtype)


def randn_like(input, dtype=None):
    """N(0, 1) samples with the shape of `input`."""
    return randn(list(input.shape), dtype=dtype or input.dtype)


def arange(start, end=None, step=1, dtype=None, device=None, requires_grad=False):
    """Values from `start` (0 if only one bound) up to `end`, excluded, by `step`."""
    if end is None:
        start, end = 0, start
    result = _wrap(_torch.arange(start, end, step, _dtype_name(dtype)))
    if requires_grad:
        result.requires_grad_(True)
    return result


def linspace(start, end, steps, dtype=None, device=None, requires_grad=False):
    """`steps` evenly spaced values from `start` to `end`, both included."""
    result = _wrap(_torch.linspace(start, end, steps, _dtype_name(dtype)))
    if requires_grad:
        result.requires_grad_(True)
    return result


def rand(*size, dtype=None, device=None, requires_grad=False, generator=None):
    """Samples of U(0, 1)."""
    return _wrap(_torch.rand(_shape_arg(size), _dtype_name(dtype), _pybool(requires_grad)))


def randn(*size, dtype=None, device=None, requires_grad=False, generator=None):
    """Samples of N(0, 1)."""
    return _wrap(_torch.randn(_shape_arg(size), _dtype_name(dtype), _pybool(requires_grad)))


def randint(low, high=None, size=None, dtype=None, device=None, generator=None):
    """Random int64 values in [low, high): `randint(high, size)` or `randint(low, high, size)`."""
    if size is None:
        if high is None or not isinstance(high, (tuple, list)):
            raise TypeError("randint() missing 1 required positional argument: 'size'")
        low, high, size = 0, low, high
    result = _wrap(_torch.randint(low, high, _shape_arg((size,))))
    return result if dtype is None else result.to(dtype)


def randperm(n, dtype=None, device=None, generator=None):
    """A random permutation of 0..n-1 (int64)."""
    result = _wrap(_torch.randperm(n))
    return result if dtype is None else result.to(dtype)


def manual_seed(seed):
    """Seeds the random number generator."""
    _torch.manual_seed(_pyint(seed))


seed = manual_seed


# ---------------------------------------------------------------------------------------------
# Functions over tensors

def cat(tensors, dim=0):
    """The tensors joined along an existing dimension."""
    return _wrap(_torch.cat([t._t for t in tensors], dim))


concat = cat


def stack(tensors, dim=0):
    """The tensors joined along a new dimension."""
    return _wrap(_torch.stack([t._t for t in tensors], dim))


def where(condition, input, other):
    """Elements of `input` where `condition` is non-zero, else of `other`."""
    if not isinstance(input, Tensor) and not isinstance(other, Tensor):
        input = tensor(input)
    if not isinstance(input, Tensor):
        input = _wrap(_torch.full([], input, _torch.info(other._t)[1], False))
    if not isinstance(other, Tensor):
        other = _wrap(_torch.full([], other, _torch.info(input._t)[1], False))
    return _wrap(_torch.where(condition._t, input._t, other._t))


def matmul(input, other):
    """Matrix product."""
    return input.matmul(other)


mm = matmul


def exp(input): return input.exp()
def log(input): return input.log()
def sqrt(input): return input.sqrt()
def abs(input): return input.abs()
def neg(input): return input.neg()
def sigmoid(input): return input.sigmoid()
def tanh(input): return input.tanh()
def relu(input): return input.relu()
def square(input): return input * input
def pow(input, exponent): return _binary("pow", input, exponent)
def add(input, other, alpha=1): return input.add(other, alpha=alpha) if isinstance(input, Tensor) else _binary("add", input, other * alpha)
def sub(input, other, alpha=1): return input.sub(other, alpha=alpha) if isinstance(input, Tensor) else _binary("sub", input, other * alpha)
def mul(input, other): return _binary("mul", input, other)
def div(input, other): return _binary("div", input, other)
def maximum(input, other): return _binary("maximum", input, other)
def minimum(input, other): return _binary("minimum", input, other)
def eq(input, other): return _compare("eq", input, other)
def ne(input, other): return _compare("ne", input, other)
def lt(input, other): return _compare("lt", input, other)
def le(input, other): return _compare("le", input, other)
def gt(input, other): return _compare("gt", input, other)
def ge(input, other): return _compare("ge", input, other)


def clamp(input, min=None, max=None):
    """The elements limited to [min, max]."""
    return input.clamp(min, max)


clip = clamp


def sum(input, dim=None, keepdim=False, dtype=None):
    """The sum of all elements, or along `dim`."""
    return input.sum(dim, keepdim, dtype=dtype)


def mean(input, dim=None, keepdim=False, dtype=None):
    """The mean of all elements, or along `dim`."""
    return input.mean(dim, keepdim, dtype=dtype)


def max(input, dim=None, keepdim=False):
    """The largest element; with `dim`, `(values, indices)`; with a tensor, `maximum`."""
    return input.max(dim, keepdim)


def min(input, dim=None, keepdim=False):
    """The smallest element; with `dim`, `(values, indices)`; with a tensor, `minimum`."""
    return input.min(dim, keepdim)


def argmax(input, dim=None, keepdim=False):
    """The index of the largest element."""
    return input.argmax(dim, keepdim)


def argmin(input, dim=None, keepdim=False):
    """The index of the smallest element."""
    return input.argmin(dim, keepdim)


def var(input, dim=None, unbiased=True, keepdim=False, correction=None):
    """The variance."""
    return input.var(dim, unbiased, keepdim, correction)


def std(input, dim=None, unbiased=True, keepdim=False, correction=None):
    """The standard deviation."""
    return input.std(dim, unbiased, keepdim, correction)


def softmax(input, dim, dtype=None):
    """exp(x) / sum(exp(x)) along `dim`."""
    return (input if dtype is None else input.to(dtype)).softmax(dim)


def log_softmax(input, dim, dtype=None):
    """log(softmax(x)) along `dim`."""
    return (input if dtype is None else input.to(dtype)).log_softmax(dim)


def flatten(input, start_dim=0, end_dim=-1):
    """The tensor with dimensions start_dim..end_dim merged."""
    return input.flatten(start_dim, end_dim)


def squeeze(input, dim=None):
    """The tensor without dimensions of size 1."""
    return input.squeeze(dim)


def unsqueeze(input, dim):
    """The tensor with a new dimension of size 1 at `dim`."""
    return input.unsqueeze(dim)


def reshape(input, shape):
    """The tensor with a new shape."""
    return input.reshape(shape)


def transpose(input, dim0, dim1):
    """The tensor with two dimensions swapped."""
    return input.transpose(dim0, dim1)


def permute(input, dims):
    """The tensor with its dimensions reordered."""
    return input.permute(dims)


def t(input):
    """The transpose of a tensor of at most 2 dimensions."""
    return input.t()


def numel(input):
    """The number of elements."""
    return input.numel()


def detach(input):
    """The tensor outside autograd."""
    return input.detach()


def clone(input):
    """A copy of the tensor."""
    return input.clone()


def allclose(input, other, rtol=1e-05, atol=1e-08):
    """Whether |input - other| <= atol + rtol * |other| everywhere."""
    return _pybool(((input - other).abs() <= (other.abs() * rtol + atol)).all().item())


def equal(input, other):
    """Whether the tensors have the same shape and elements."""
    return input.shape == other.shape and _pybool((input == other).all().item())


# ---------------------------------------------------------------------------------------------
# Gradient mode

class _GradMode:
    """Base of the grad-mode context managers, usable as decorators too."""

    _enabled = False

    def __enter__(self):
        self._prev = _torch.set_grad_enabled(self._enabled)
        return None

    def __exit__(self, exc_type, exc, tb):
        _torch.set_grad_enabled(self._prev)
        return False

    def __call__(self, func):
        cls = self.__class__

        @_functools.wraps(func)
        def wrapper(*args, **kwargs):
            with cls():
                return func(*args, **kwargs)
        return wrapper


class no_grad(_GradMode):
    """Disables autograd recording: `with torch.no_grad():` or `@torch.no_grad()`."""

    _enabled = False


class enable_grad(_GradMode):
    """Enables autograd recording: `with torch.enable_grad():` or `@torch.enable_grad()`."""

    _enabled = True


class inference_mode(_GradMode):
    """Like `no_grad` (`with torch.inference_mode():`)."""

    _enabled = False

    def __init__(self, mode=True):
        self._enabled = not mode


class set_grad_enabled:
    """Sets grad mode now (`torch.set_grad_enabled(False)`), or for a `with` block."""

    def __init__(self, mode):
        self._prev = _torch.set_grad_enabled(_pybool(mode))

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc, tb):
        _torch.set_grad_enabled(self._prev)
        return False


def is_grad_enabled():
    """Whether autograd records operations on this thread."""
    return _torch.grad_enabled()


# ---------------------------------------------------------------------------------------------
# Serialization

_SINGLE = "\x00tensor"


def save(obj, f):
    """Saves a tensor or a dict of tensors (a `state_dict`) to the file `f`."""
    if isinstance(obj, Tensor):
        entries = [(_SINGLE, obj._t)]
    elif isinstance(obj, dict):
        entries = []
        for name, value in obj.items():
            if not isinstance(value, Tensor):
                raise TypeError("Prism's torch.save stores tensors and dicts of tensors; " + repr(name) +
                                " is a " + type(value).__name__)
            entries.append((str(name), value._t))
    else:
        raise TypeError("Prism's torch.save stores tensors and dicts of tensors, not " + type(obj).__name__)
    _torch.save(entries, str(f))


def load(f, map_location=None, weights_only=None):
    """Loads what `torch.save` stored: a tensor or an OrderedDict of tensors."""
    entries = _torch.load(str(f))
    if len(entries) == 1 and entries[0][0] == _SINGLE:
        return _wrap(entries[0][1])
    result = _OrderedDict()
    for name, handle in entries:
        result[name] = _wrap(handle)
    return result


from torch import nn
from torch import optim
from torch import utils


def _bool_repr(values):
    """PyTorch's repr of a bool tensor given as nested lists of booleans."""
    if not isinstance(values, list):
        return "tensor(%s)" % ("True" if values else "False")

    def flat(x):
        if isinstance(x, list):
            out = []
            for item in x:
                out += flat(item)
            return out
        return [x]

    width = 5 if (False in flat(values) or 0 in flat(values)) else 4

    def depth(x):
        return 1 + depth(x[0]) if isinstance(x, list) and x else (1 if isinstance(x, list) else 0)

    def cell(v):
        text = "True" if v else "False"
        return " " * (width - len(text)) + text

    def fmt(x, indent):
        if not x or not isinstance(x[0], list):
            return "[" + ", ".join(cell(v) for v in x) + "]"
        inner = depth(x[0])
        separator = "," + "\n" * inner + " " * (indent + 1)
        return "[" + separator.join(fmt(sub, indent + 1) for sub in x) + "]"

    return "tensor(" + fmt(values, 7) + ")"


def set_num_threads(n):
    """The threads the engine's matrix products use (OpenBLAS)."""
    _torch.set_num_threads(int(n))


def get_num_threads():
    """The threads the engine's matrix products use."""
    return _torch.get_num_threads()
