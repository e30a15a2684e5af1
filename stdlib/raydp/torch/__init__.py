"""raydp.torch: TorchEstimator, RayDP's scikit-learn-style trainer of a torch model on Spark data.

Training is data-parallel in RayDP's sense: the training rows are split into `num_workers` shards
(worker w owns every N-th block of `batch_size` rows, starting at block w), each worker takes a batch
from its shard per step, and the workers' gradients are averaged before every optimizer step (an
all-reduce), so N workers give the model one worker would get with N times the batch. In Prism the workers take their turns on the calling thread
(the same arithmetic; no speed-up from N yet).
"""
import math
import torch
import _sql
from pyspark.sql.dataframe import DataFrame

__all__ = ["TorchEstimator"]


def _matrix(df, columns, dtype):
    """The columns of a Spark DataFrame as a [rows, len(columns)] tensor (one copy, no Python lists)."""
    rows, data = _sql.to_matrix(df._f, list(columns))
    t = torch._wrap(torch._torch.from_float64_bytes(data, [rows, len(columns)], torch._dtype_name(dtype)))
    return t


def _torch_bytes(t):
    """The float64 values of a 1-D tensor as native-endian bytes."""
    return torch._torch.to_float64_bytes(t._t)


class _Metric:
    """A running metric over (prediction, label) batches."""

    def __init__(self, name):
        if name not in ("MeanAbsoluteError", "MeanSquaredError", "Accuracy", "RootMeanSquaredError"):
            raise ValueError("unsupported metric %r (MeanAbsoluteError, MeanSquaredError, RootMeanSquaredError, Accuracy)" % name)
        self.name = name
        self.total = 0.0
        self.count = 0

    def update(self, prediction, label):
        with torch.no_grad():
            if self.name == "Accuracy":
                if prediction.dim() > 1 and prediction.shape[-1] > 1:
                    guess = prediction.argmax(dim=-1)
                else:
                    guess = (prediction.reshape(-1) > 0.5).long()
                self.total += (guess.reshape(-1) == label.reshape(-1).long()).sum().item()
            elif self.name == "MeanAbsoluteError":
                self.total += (prediction.reshape(-1) - label.reshape(-1)).abs().sum().item()
            else:
                self.total += ((prediction.reshape(-1) - label.reshape(-1)) ** 2).sum().item()
            self.count += label.reshape(-1).shape[0]

    def value(self):
        if self.count == 0:
            return float("nan")
        mean = self.total / self.count
        return math.sqrt(mean) if self.name == "RootMeanSquaredError" else mean


class TorchEstimator:
    """Trains `model` with `optimizer` and `loss` on Spark DataFrames (RayDP's parameters)."""

    def __init__(self, num_workers=1, resources_per_worker=None, model=None, optimizer=None, loss=None,
                 lr_scheduler_creator=None, scheduler_step_freq="batch", feature_columns=None, feature_types=None,
                 label_column=None, label_type=None, batch_size=None, drop_last=False, num_epochs=None, shuffle=True,
                 num_processes_for_data_loader=0, placement_strategy="PACK", metrics_name=None, metrics_config=None,
                 use_ccl=False, seed=0, verbose=True, **extra_config):
        if model is None or optimizer is None or loss is None:
            raise ValueError("model, optimizer and loss are required")
        if not feature_columns or label_column is None:
            raise ValueError("feature_columns and label_column are required")
        if num_processes_for_data_loader and num_processes_for_data_loader > 0:
            raise ValueError("num_processes_for_data_loader > 0 is not supported")
        if not isinstance(num_workers, int) or num_workers < 1:
            raise ValueError("num_workers must be a positive integer")
        self.num_workers = num_workers
        self.config = dict(extra_config.get("config", {}))
        self.model = model(self.config) if (callable(model) and not isinstance(model, torch.nn.Module)) else model
        if isinstance(optimizer, torch.optim.Optimizer):
            self.optimizer = optimizer
        else:
            self.optimizer = optimizer(self.model, self.config)
        if isinstance(loss, type):
            loss = loss()
        self.loss = loss
        self.scheduler = lr_scheduler_creator(self.optimizer, self.config) if lr_scheduler_creator else None
        self.scheduler_step_freq = scheduler_step_freq
        self.feature_columns = list(feature_columns)
        self.feature_types = feature_types
        self.label_column = label_column
        self.label_type = label_type or torch.float
        self.batch_size = batch_size or 64
        self.drop_last = drop_last
        self.num_epochs = num_epochs or 1
        self.shuffle = shuffle
        self.metrics_name = list(metrics_name or [])
        self.seed = seed
        self.verbose = verbose
        self.history = []

    # Data
    def _tensors(self, df):
        if not isinstance(df, DataFrame):
            raise TypeError("expected a Spark DataFrame, got %s" % type(df).__name__)
        dtype = self.feature_types if isinstance(self.feature_types, torch.dtype) else torch.float
        features = _matrix(df, self.feature_columns, dtype)
        labels = _matrix(df, [self.label_column], self.label_type)
        return features, labels

    def _inputs(self, x):
        """One (batch, 1) tensor per feature column, as RayDP calls the model."""
        return [x[:, i:i + 1] for i in range(len(self.feature_columns))]

    def _evaluate(self, features, labels):
        self.model.eval()
        metrics = [_Metric(name) for name in self.metrics_name]
        total, count = 0.0, 0
        with torch.no_grad():
            for start in range(0, features.shape[0], 4096):
                x, y = features[start:start + 4096], labels[start:start + 4096]
                out = self.model(*self._inputs(x))
                target = y.reshape(out.shape) if out.numel() == y.numel() else y.reshape(-1).long()
                total += self.loss(out, target).item() * y.shape[0]
                count += y.shape[0]
                for m in metrics:
                    m.update(out, y)
        self.model.train()
        return (total / count if count else float("nan")), {m.name: m.value() for m in metrics}

    # Training
    def fit(self, train_ds, evaluate_ds=None, max_retries=3):
        """Trains on (features, labels) tensor pairs, as made from DataFrames by fit_on_spark."""
        features, labels = train_ds
        rows = features.shape[0]
        if rows == 0:
            raise ValueError("the training data is empty")
        torch.manual_seed(self.seed)
        # Worker w's shard is every N-th block of batch_size rows starting at block w, so one step of
        # N workers sees exactly the rows one worker with N times the batch would see.
        span = self.num_workers * self.batch_size
        steps = rows // span if self.drop_last else (rows + span - 1) // span
        self.model.train()
        for epoch in range(self.num_epochs):
            order = torch.randperm(rows) if self.shuffle else torch.arange(rows)
            total, seen = 0.0, 0
            metrics = [_Metric(name) for name in self.metrics_name]
            for step in range(steps):
                self.optimizer.zero_grad()
                for worker in range(self.num_workers):
                    start = (step * self.num_workers + worker) * self.batch_size
                    end = min(start + self.batch_size, rows)
                    if end <= start:
                        continue
                    index = order[start:end]
                    x, y = features[index], labels[index]
                    out = self.model(*self._inputs(x))
                    target = y.reshape(out.shape) if out.numel() == y.numel() else y.reshape(-1).long()
                    loss = self.loss(out, target)
                    (loss / self.num_workers).backward()
                    total += loss.item() * (end - start)
                    seen += end - start
                    for m in metrics:
                        m.update(out.detach(), y)
                self.optimizer.step()
                if self.scheduler is not None and self.scheduler_step_freq == "batch":
                    self.scheduler.step()
            if self.scheduler is not None and self.scheduler_step_freq == "epoch":
                self.scheduler.step()
            record = {"epoch": epoch + 1, "train_loss": total / seen if seen else float("nan")}
            for m in metrics:
                record["train_" + m.name] = m.value()
            if evaluate_ds is not None:
                eval_loss, eval_metrics = self._evaluate(*evaluate_ds)
                record["eval_loss"] = eval_loss
                for k, v in eval_metrics.items():
                    record["eval_" + k] = v
            self.history.append(record)
            if self.verbose:
                print(", ".join("%s: %s" % (k, ("%.4f" % v) if isinstance(v, float) else v) for k, v in record.items()))
        return self

    def fit_on_spark(self, train_df, evaluate_df=None, max_retries=3, fs_directory=None, compression=None,
                     stop_spark_after_conversion=False):
        """Converts the DataFrames to tensors in memory and trains."""
        train = self._tensors(train_df)
        evaluate = self._tensors(evaluate_df) if evaluate_df is not None else None
        if stop_spark_after_conversion:
            import raydp
            raydp.stop_spark()
        return self.fit(train, evaluate)

    def get_model(self):
        """The trained model."""
        return self.model

    def get_history(self):
        """Per-epoch losses and metrics, as a dict of lists (a table in a notebook)."""
        keys = []
        for record in self.history:
            for k in record:
                if k not in keys:
                    keys.append(k)
        return {k: [record.get(k) for record in self.history] for k in keys}

    def predict(self, df, prediction_column="prediction"):
        """`df` with a column of the model's predictions (RayDP has no predict; its users ask for one)."""
        features = _matrix(df, self.feature_columns, torch.float)
        self.model.eval()
        outputs = []
        with torch.no_grad():
            for start in range(0, features.shape[0], 4096):
                out = self.model(*self._inputs(features[start:start + 4096]))
                outputs += out.reshape(-1).tolist() if out.dim() <= 1 or out.shape[-1] == 1 else out.argmax(dim=-1).tolist()
        self.model.train()
        values = torch.tensor(outputs, dtype=torch.float64)
        return DataFrame(_sql.with_double_column(df._f, prediction_column, _torch_bytes(values)), df.sparkSession)
