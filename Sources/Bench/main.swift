import Foundation

/// `prism-bench`: benchmarks of the engines without the language, and the bytecode listing.
///
///     prism-bench disasm FILE.py      the bytecode of a script (also: prism-bench FILE.py)
///     prism-bench runtime             tasks/s, actor calls/s, put/get GB/s of ActorSystem + ObjectStore
///     prism-bench columnar [ROWS]     filter, aggregate, join, sort on a synthetic table (rows/s)
///     prism-bench tensor [ROWS] [STEPS]   a training step of the MLP 9-64-64-1 (µs/step)
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "runtime":
    RuntimeBench.run()
case "columnar":
    ColumnarBench.run(rows: arguments.count > 1 ? Int(arguments[1]) ?? 5_000_000 : 5_000_000)
case "tensor":
    TensorBench.run(rows: arguments.count > 1 ? Int(arguments[1]) ?? 200_000 : 200_000,
                    steps: arguments.count > 2 ? Int(arguments[2]) ?? 3000 : 3000)
case "disasm" where arguments.count > 1:
    Disassemble.run(arguments[1])
case let path? where path.hasSuffix(".py"):
    Disassemble.run(path)
default:
    print("usage: prism-bench disasm FILE.py | runtime | columnar [ROWS] | tensor [ROWS] [STEPS]")
    exit(2)
}
