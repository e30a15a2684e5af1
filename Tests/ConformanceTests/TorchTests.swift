import Foundation
import Testing

/// The dialect's `torch` on Prism's tensor engine, run by the `prism` binary: programs under
/// `torch/` must print what PyTorch printed for them (`torch/regen_torch.py` regenerates the
/// `.expected` files with PyTorch), and misuse must end in PyTorch's exceptions.
@Suite("torch module")
struct TorchTests {
    static var programs: [String] { ReferencePrograms.programs(in: "torch") }

    @Test("Every program has PyTorch's output to compare with")
    func programsHaveExpectations() {
        #expect(TorchTests.programs.count >= 2)
        #expect(ReferencePrograms.allHaveExpectations(TorchTests.programs))
    }

    @Test("Output matches PyTorch's", arguments: TorchTests.programs)
    func matchesTorch(_ path: String) throws { try ReferencePrograms.check(path) }

    @Test("Shape errors, bad indices and bad files raise PyTorch's exceptions")
    func errors() throws {
        let result = try ReferencePrograms.run("""
        import torch
        def attempt(label, f):
            try:
                f()
                print(label, "no error")
            except Exception as e:
                print(label, type(e).__name__, str(e).splitlines()[0])
        a = torch.ones(2, 3)
        attempt("matmul", lambda: a @ torch.ones(2, 3))
        attempt("dim", lambda: a.sum(dim=5))
        attempt("index", lambda: a[7])
        attempt("reshape", lambda: a.reshape(4, 2))
        attempt("load", lambda: torch.load("/nonexistent/model.pt"))
        attempt("backward", lambda: torch.ones(2, requires_grad=True).mul(2).backward())
        attempt("huge", lambda: torch.zeros(1 << 40, 1 << 40))
        attempt("arange", lambda: torch.arange(0, 1e18))
        attempt("broadcast", lambda: torch.ones(1 << 20, 1) * torch.ones(1, 1 << 20))
        attempt("mm", lambda: torch.ones(1 << 20, 4) @ torch.ones(4, 1 << 20))
        """)
        #expect(result.status == 0, "stderr: \(result.stderr.suffix(800))")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("matmul RuntimeError") && $0.contains("2x3 and 2x3") })
        #expect(lines.contains { $0.hasPrefix("dim IndexError") && $0.contains("Dimension out of range") })
        #expect(lines.contains { $0.hasPrefix("index IndexError") })
        #expect(lines.contains { $0.hasPrefix("reshape RuntimeError") && $0.contains("invalid for input of size 6") })
        #expect(lines.contains { $0.hasPrefix("load FileNotFoundError") })
        #expect(lines.contains { $0.hasPrefix("backward RuntimeError") && $0.contains("scalar outputs") })
        // Sizes past what memory can hold are errors, never a crash of the allocator.
        for label in ["huge", "arange", "broadcast", "mm"] {
            #expect(lines.contains { $0.hasPrefix("\(label) RuntimeError") }, "\(label)")
        }
    }
}

/// `raydp.torch.TorchEstimator` on Spark DataFrames.
@Suite("raydp.torch estimator")
struct EstimatorTests {
    func run(_ script: String) throws -> PrismProcess.Result { try ReferencePrograms.run(script) }

    @Test("2 workers x batch 16 train the same model as 1 worker x batch 32; fit_on_spark, metrics, predict")
    func dataParallel() throws {
        let result = try run("""
        import random
        import raydp, torch, torch.nn as nn
        from pyspark.sql import functions as F
        from raydp.torch import TorchEstimator
        random.seed(5)
        spark = raydp.init_spark("est", 2, 1, "1G")
        rows = []
        for i in range(1000):
            a, b = random.random(), random.random()
            rows.append((a, b, 3 * a - 2 * b + 0.5 + random.gauss(0, 0.05)))
        df = spark.createDataFrame(rows, ["a", "b", "y"])
        train, test = df.randomSplit([0.8, 0.2], seed=1)
        def make(workers, batch):
            torch.manual_seed(0)
            model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
            class Wrapper(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.net = model
                def forward(self, *x):
                    return self.net(torch.cat(x, dim=1))
            wrapped = Wrapper()
            return TorchEstimator(num_workers=workers, model=wrapped, optimizer=torch.optim.SGD(wrapped.parameters(), lr=0.1),
                                  loss=nn.MSELoss(), feature_columns=["a", "b"], label_column="y", batch_size=batch,
                                  num_epochs=3, shuffle=False, drop_last=True, metrics_name=["MeanSquaredError"], verbose=False)
        two = make(2, 16).fit_on_spark(train, test)
        one = make(1, 32).fit_on_spark(train, test)
        gap = max((p - q).abs().max().item() for p, q in zip(two.get_model().parameters(), one.get_model().parameters()))
        print("same model", gap < 1e-5)
        history = two.get_history()
        print(sorted(history.keys()))
        print("learned", history["eval_loss"][-1] < history["eval_loss"][0])
        mean = test.agg(F.avg("y")).first()[0]
        predicted = two.predict(test)
        model_rmse = predicted.select(F.sqrt(F.avg((F.col("prediction") - F.col("y")) ** 2))).first()[0]
        mean_rmse = test.select(F.sqrt(F.avg((F.col("y") - mean) ** 2))).first()[0]
        print("beats the mean", model_rmse < 0.5 * mean_rmse, predicted.columns[-1], predicted.count() == test.count())
        raydp.stop_spark()
        """)
        #expect(result.status == 0, "stderr: \(result.stderr.suffix(800))")
        #expect(result.output == """
        same model True
        ['epoch', 'eval_MeanSquaredError', 'eval_loss', 'train_MeanSquaredError', 'train_loss']
        learned True
        beats the mean True prediction True

        """)
    }

    @Test("RayMLDataset shards, transforms and to_torch; ray.data.from_spark")
    func datasets() throws {
        let result = try run("""
        import ray, raydp, torch
        from torch.utils.data import DataLoader
        from raydp.spark import RayMLDataset
        spark = raydp.init_spark("ds", 1, 1, "500M")
        df = spark.createDataFrame([(float(i), float(2 * i), float(i % 3)) for i in range(10)], ["a", "b", "y"])
        ds = RayMLDataset.from_spark(df, num_shards=2, shuffle=True, shuffle_seed=1)
        shards = [ds.to_torch(feature_columns=["a", "b"], label_column="y").get_shard(i) for i in range(2)]
        print([len(s) for s in shards], sorted(v for s in shards for v in s.tensors[0][:, 0].tolist()))
        print(len(DataLoader(shards[1], batch_size=2)))
        doubled = ds.transform(lambda block: {**block, "a": [v * 10 for v in block["a"]]})
        print(sorted(doubled.get_shard(0)["a"] + doubled.get_shard(1)["a"])[-1])
        rd = ray.data.from_spark(df)
        print(rd.count(), [len(b["a"]) for b in rd.iter_batches(batch_size=4)], [d.count() for d in rd.split(3)])
        raydp.stop_spark()
        """)
        #expect(result.status == 0, "stderr: \(result.stderr.suffix(800))")
        #expect(result.output == """
        [5, 5] [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0]
        3
        90.0
        10 [4, 4, 2] [3, 3, 4]

        """)
    }
}
