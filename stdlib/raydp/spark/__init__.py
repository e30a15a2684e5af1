"""raydp.spark: Spark DataFrames as datasets for training (RayDP's legacy `RayMLDataset`).

`RayMLDataset.from_spark(df, num_shards, shuffle, shuffle_seed)` splits a frame's rows into
`num_shards` shards (a seeded permutation when `shuffle`); `transform(fn)` adds a function applied
lazily to each shard's block (a dict of column lists -> a dict of column lists); `to_torch(...)` makes
a `TorchMLDataset` whose shards are `torch.utils.data.TensorDataset`s of (features, label) tensors, for
`DataLoader`s, one per training worker (`get_shard(rank)`).
"""
import torch
from torch.utils.data import TensorDataset
import _sql

__all__ = ["RayMLDataset", "TorchMLDataset", "spark_dataframe_to_ray_dataset"]


class RayMLDataset:
    """The rows of a Spark DataFrame in `num_shards` shards."""

    def __init__(self, df, num_shards, shuffle, shuffle_seed, transforms=None):
        if not isinstance(num_shards, int) or num_shards < 1:
            raise ValueError("num_shards must be a positive integer")
        self._df = df
        self.num_shards = num_shards
        self._shuffle = shuffle
        self._seed = 0 if shuffle_seed is None else shuffle_seed
        self._transforms = list(transforms or [])

    @staticmethod
    def from_spark(df, num_shards, shuffle=True, shuffle_seed=None, fs_directory=None, compression=None, node_hints=None):
        """A dataset of `df`'s rows in `num_shards` shards."""
        return RayMLDataset(df, num_shards, shuffle, shuffle_seed)

    def transform(self, fn):
        """A dataset whose blocks are `fn(block)`; a block is a dict of column name -> list of values."""
        return RayMLDataset(self._df, self.num_shards, self._shuffle, self._seed, self._transforms + [fn])

    def _order(self, rows):
        if not self._shuffle:
            return list(range(rows))
        torch.manual_seed(self._seed)
        return torch.randperm(rows).tolist()

    def get_shard(self, index):
        """Shard `index` as a block (a dict of column lists), transforms applied."""
        if not 0 <= index < self.num_shards:
            raise IndexError("shard %d out of range (%d shards)" % (index, self.num_shards))
        data = self._df.to_dict()
        names = list(data.keys())
        rows = len(data[names[0]]) if names else 0
        order = self._order(rows)[index::self.num_shards]
        block = {name: [data[name][i] for i in order] for name in names}
        for fn in self._transforms:
            block = fn(block)
        return block

    def to_torch(self, feature_columns=None, feature_shapes=None, feature_types=None, label_column=None,
                 label_shape=None, label_type=None):
        """A `TorchMLDataset` of (features, label) tensors per shard."""
        if not feature_columns or label_column is None:
            raise ValueError("feature_columns and label_column are required")
        return TorchMLDataset(self, list(feature_columns), label_column,
                              feature_types if feature_types is not None else torch.float,
                              label_type if label_type is not None else torch.float)


class TorchMLDataset:
    """Shards of (features, label) tensors: `get_shard(rank)` is a TensorDataset for a DataLoader."""

    def __init__(self, dataset, feature_columns, label_column, feature_type, label_type):
        self._dataset = dataset
        self.feature_columns = feature_columns
        self.label_column = label_column
        self._feature_type = feature_type
        self._label_type = label_type
        self.num_shards = dataset.num_shards

    def get_shard(self, rank):
        """Shard `rank` as a TensorDataset of (features [n, k], label [n])."""
        if self._dataset._transforms:
            block = self._dataset.get_shard(rank)
            features = torch.tensor([[float(block[c][i]) for c in self.feature_columns]
                                     for i in range(len(block[self.label_column]))], dtype=self._feature_type)
            labels = torch.tensor([float(v) for v in block[self.label_column]], dtype=self._label_type)
            return TensorDataset(features, labels)
        from raydp.torch import _matrix
        features = _matrix(self._dataset._df, self.feature_columns, self._feature_type)
        labels = _matrix(self._dataset._df, [self.label_column], self._label_type).reshape(-1)
        rows = labels.shape[0]
        order = torch.tensor(self._dataset._order(rows)[rank::self.num_shards], dtype=torch.int64)
        if order.shape[0] == 0:
            return TensorDataset(features[0:0], labels[0:0])
        return TensorDataset(features[order], labels[order])

    def __len__(self):
        return self.num_shards


def spark_dataframe_to_ray_dataset(df, parallelism=None, owner=None):
    """`ray.data.from_spark(df)`: a dataset of the frame's rows."""
    from ray.data import from_spark
    return from_spark(df, override_num_blocks=parallelism)
