"""ray.data (the part RayDP users touch): `from_spark(df)` and a materialized Dataset of rows with
`count`, `take`, `iter_batches`, `split`, `to_torch`-style iteration, `schema`."""

__all__ = ["from_spark", "Dataset", "from_items"]


class Dataset:
    """Rows in blocks (lists of dicts), already computed."""

    def __init__(self, rows, columns, blocks=1):
        self._rows = rows
        self._columns = columns
        self._blocks = max(1, blocks)

    def count(self):
        return len(self._rows)

    def columns(self):
        return list(self._columns)

    def schema(self):
        return list(self._columns)

    def take(self, limit=20):
        return [dict(r) for r in self._rows[:limit]]

    def take_all(self):
        return [dict(r) for r in self._rows]

    def num_blocks(self):
        return self._blocks

    def iter_rows(self):
        for r in self._rows:
            yield dict(r)

    def iter_batches(self, batch_size=256, batch_format="default", drop_last=False):
        """Batches as dicts of column lists."""
        for start in range(0, len(self._rows), batch_size):
            chunk = self._rows[start:start + batch_size]
            if drop_last and len(chunk) < batch_size:
                return
            yield {c: [r[c] for r in chunk] for c in self._columns}

    def iter_torch_batches(self, batch_size=256, drop_last=False, dtypes=None):
        """Batches as dicts of column tensors."""
        import torch
        for batch in self.iter_batches(batch_size, drop_last=drop_last):
            yield {c: torch.tensor(v) for c, v in batch.items()}

    def split(self, n, equal=False):
        """`n` datasets of consecutive rows (equal sizes when `equal`, dropping the remainder)."""
        if n < 1:
            raise ValueError("n must be positive")
        size = len(self._rows) // n
        if equal:
            return [Dataset(self._rows[i * size:(i + 1) * size], self._columns) for i in range(n)]
        bounds = [len(self._rows) * i // n for i in range(n + 1)]
        return [Dataset(self._rows[bounds[i]:bounds[i + 1]], self._columns) for i in range(n)]

    def random_shuffle(self, seed=None):
        import random
        rows = list(self._rows)
        random.Random(seed).shuffle(rows)
        return Dataset(rows, self._columns, self._blocks)

    def __repr__(self):
        return "MaterializedDataset(num_blocks=%d, num_rows=%d, schema={%s})" % (
            self._blocks, len(self._rows), ", ".join(self._columns))


def from_spark(df, *, parallelism=None, override_num_blocks=None):
    """The rows of a Spark DataFrame as a Dataset."""
    data = df.to_dict()
    columns = list(data.keys())
    count = len(data[columns[0]]) if columns else 0
    rows = [{c: data[c][i] for c in columns} for i in range(count)]
    return Dataset(rows, columns, override_num_blocks or parallelism or 1)


def from_items(items):
    """A Dataset of dicts (or of values, as {"item": value})."""
    rows = [i if isinstance(i, dict) else {"item": i} for i in items]
    columns = list(rows[0].keys()) if rows else []
    return Dataset(rows, columns)
