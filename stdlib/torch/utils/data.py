"""torch.utils.data: Dataset, TensorDataset, Subset, random_split and DataLoader."""
import math
import _torch
import torch
from torch import Tensor, _wrap


class Dataset:
    """A map-style dataset: subclasses define `__getitem__` (and usually `__len__`)."""

    def __getitem__(self, index):
        raise NotImplementedError("Subclasses of Dataset should implement __getitem__.")

    def __add__(self, other):
        return ConcatDataset([self, other])


class TensorDataset(Dataset):
    """Samples are the rows (along dim 0) of tensors of the same first size."""

    def __init__(self, *tensors):
        if tensors:
            n = tensors[0].size(0)
            for t in tensors:
                if t.size(0) != n:
                    raise AssertionError("Size mismatch between tensors")
        self.tensors = tensors

    def __getitem__(self, index):
        return tuple(t[index] for t in self.tensors)

    def __len__(self):
        return self.tensors[0].size(0)


class Subset(Dataset):
    """The samples of `dataset` at `indices`."""

    def __init__(self, dataset, indices):
        self.dataset = dataset
        self.indices = list(indices)

    def __getitem__(self, idx):
        if isinstance(idx, list):
            return self.dataset[[self.indices[i] for i in idx]]
        return self.dataset[self.indices[idx]]

    def __len__(self):
        return len(self.indices)


class ConcatDataset(Dataset):
    """The samples of several datasets, one after the other."""

    def __init__(self, datasets):
        self.datasets = list(datasets)
        self.cumulative_sizes = []
        total = 0
        for d in self.datasets:
            total += len(d)
            self.cumulative_sizes.append(total)

    def __len__(self):
        return self.cumulative_sizes[-1] if self.cumulative_sizes else 0

    def __getitem__(self, idx):
        if idx < 0:
            if -idx > len(self):
                raise ValueError("absolute value of index should not exceed dataset length")
            idx += len(self)
        start = 0
        for d, end in zip(self.datasets, self.cumulative_sizes):
            if idx < end:
                return d[idx - start]
            start = end
        raise IndexError("index out of range")


def random_split(dataset, lengths, generator=None):
    """Splits a dataset into non-overlapping random Subsets of the given lengths (or fractions)."""
    n = len(dataset)
    lengths = list(lengths)
    if lengths and all(isinstance(x, float) for x in lengths) and math.isclose(sum(lengths), 1) and sum(lengths) <= 1:
        sizes = [int(math.floor(n * frac)) for frac in lengths]
        remainder = n - sum(sizes)
        for i in range(remainder):
            sizes[i % len(sizes)] += 1
        lengths = sizes
    if sum(lengths) != n:
        raise ValueError("Sum of input lengths does not equal the length of the input dataset!")
    order = _torch.tolist(_torch.randperm(n))
    subsets = []
    offset = 0
    for length in lengths:
        subsets.append(Subset(dataset, order[offset:offset + length]))
        offset += length
    return subsets


def default_collate(batch):
    """Stacks a list of samples: tensors with torch.stack, numbers into tensors, and tuples, lists
    and dicts element by element."""
    elem = batch[0]
    if isinstance(elem, Tensor):
        return torch.stack(batch, 0)
    if isinstance(elem, bool):
        return torch.tensor(batch, dtype=torch.bool)
    if isinstance(elem, int):
        return torch.tensor(batch, dtype=torch.int64)
    if isinstance(elem, float):
        return torch.tensor(batch, dtype=torch.float64)
    if isinstance(elem, str):
        return list(batch)
    if isinstance(elem, dict):
        return {key: default_collate([d[key] for d in batch]) for key in elem}
    if isinstance(elem, (tuple, list)):
        size = len(elem)
        for sample in batch:
            if len(sample) != size:
                raise RuntimeError("each element in list of batch should be of equal size")
        return [default_collate([sample[i] for sample in batch]) for i in range(size)]
    return batch


def _tensor_source(dataset):
    """(tensors, index list or None) when batches can be cut straight from a TensorDataset."""
    if isinstance(dataset, TensorDataset):
        return dataset.tensors, None
    if isinstance(dataset, Subset) and isinstance(dataset.dataset, TensorDataset):
        return dataset.dataset.tensors, dataset.indices
    return None, None


class DataLoader:
    """Batches of a dataset: `for xb, yb in DataLoader(ds, batch_size=64, shuffle=True)`.
    Shuffling uses torch's generator, so `torch.manual_seed` makes it reproducible."""

    def __init__(self, dataset, batch_size=1, shuffle=False, sampler=None, batch_sampler=None, num_workers=0,
                 collate_fn=None, pin_memory=False, drop_last=False, timeout=0, worker_init_fn=None,
                 generator=None, prefetch_factor=None, persistent_workers=False):
        if sampler is not None and shuffle:
            raise ValueError("sampler option is mutually exclusive with shuffle")
        self.dataset = dataset
        self.batch_size = batch_size
        self.shuffle = shuffle
        self.sampler = sampler
        self.batch_sampler = batch_sampler
        self.num_workers = num_workers
        self.collate_fn = collate_fn
        self.drop_last = drop_last

    def _order(self):
        """The sample indices of one epoch, as a list, or a native int64 tensor when shuffled."""
        if self.sampler is not None:
            return list(self.sampler)
        n = len(self.dataset)
        if self.shuffle:
            return _torch.randperm(n)
        return None

    def _batches(self):
        """Index lists (or native index tensors) of each batch."""
        if self.batch_sampler is not None:
            for batch in self.batch_sampler:
                yield list(batch)
            return
        n = len(self.dataset)
        order = self._order()
        if order is not None and isinstance(order, list):
            n = len(order)
        bs = self.batch_size
        start = 0
        while start < n:
            end = min(start + bs, n)
            if end - start < bs and self.drop_last:
                return
            if order is None:
                yield list(range(start, end))
            elif isinstance(order, list):
                yield order[start:end]
            else:
                yield _torch.index(order, [("slice", start, end, 1)])
            start = end

    def __iter__(self):
        if self.batch_size is None and self.batch_sampler is None:
            order = self._order()
            indices = range(len(self.dataset)) if order is None else (order if isinstance(order, list) else _torch.tolist(order))
            for i in indices:
                item = self.dataset[i]
                yield item if self.collate_fn is None else self.collate_fn(item)
            return
        tensors, base = (None, None) if self.collate_fn is not None else _tensor_source(self.dataset)
        for batch in self._batches():
            if tensors is not None:
                if base is not None:
                    idx_list = batch if isinstance(batch, list) else _torch.tolist(batch)
                    batch = [base[i] for i in idx_list]
                if isinstance(batch, list):
                    batch = _torch.tensor(batch, "int64", False)
                yield [_wrap(_torch.index(t._t, [("tensor", batch)])) for t in tensors]
            else:
                if not isinstance(batch, list):
                    batch = _torch.tolist(batch)
                samples = [self.dataset[i] for i in batch]
                collate = self.collate_fn if self.collate_fn is not None else default_collate
                yield collate(samples)

    def __len__(self):
        if self.batch_sampler is not None:
            return len(self.batch_sampler)
        n = len(self.sampler) if self.sampler is not None else len(self.dataset)
        if self.batch_size is None:
            return n
        if self.drop_last:
            return n // self.batch_size
        return (n + self.batch_size - 1) // self.batch_size
