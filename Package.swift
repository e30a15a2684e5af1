// swift-tools-version:6.0
// Prism: literate notebooks for end-to-end data + AI pipelines, run by Prism's own Python dialect.
//
// Layers (see docs/ARCHITECTURE.md). An arrow reads "may import":
//   Syntax, Bytecode -> Support        Compiler -> Syntax, Bytecode
//   VM -> Bytecode, Support (never Compiler)
//   Interpreter -> Compiler, VM        Notebook -> Interpreter        REPL -> Notebook, CReadline
//   ObjectStore -> Support             Actors -> ObjectStore, Support
//   SQLBindings -> Interpreter, VM, Columnar, ColumnarIO
//   Bindings -> Interpreter, VM, ObjectStore, Actors, SQLBindings
//   Columnar -> Support                ColumnarIO -> Columnar, CCompression
//   Tensor -> CBLAS, Support           TorchBindings -> Interpreter, VM, Tensor
//   CLI -> REPL, Notebook, Interpreter, Bindings
import PackageDescription

/// Release builds of the interpreter trade exclusivity checking for speed; the VM keeps its mutable
/// state in locals and `inout` structs, so the checks would only guard against our own bugs.
let fastSettings: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

/// The VM's objects belong to one thread (each VM runs on one thread; parallel work runs on worker
/// threads that each own a VM), so its reference counting needs no atomic instructions. The few objects all VMs
/// share, the builtin types and their contents, are immortal (see `BuiltinTypes.immortalize`).
let vmSettings: [SwiftSetting] = fastSettings + [
    .unsafeFlags(["-Xfrontend", "-assume-single-threaded"], .when(configuration: .release)),
]

let package = Package(
    name: "Prism",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "prism", targets: ["CLI"]),
        .executable(name: "prism-bench", targets: ["Bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.1"),
    ],
    targets: [
        // Source locations, diagnostics, the seeded random generator shared by every engine.
        .target(name: "Support", swiftSettings: fastSettings),
        // Source text -> tokens -> AST (arena of nodes). Imports Support only.
        .target(name: "Syntax", dependencies: ["Support"], swiftSettings: fastSettings),
        // The opcode table, instruction encoding, code objects and the disassembler. Imports Support only.
        .target(name: "Bytecode", dependencies: ["Support"], swiftSettings: fastSettings),
        // AST -> scopes -> register bytecode. Imports Syntax and Bytecode.
        .target(name: "Compiler", dependencies: ["Syntax", "Bytecode"], swiftSettings: fastSettings),
        // Values, heap objects, the dispatch loop, builtins and native modules. Never imports Compiler.
        .target(
            name: "VM",
            dependencies: ["Bytecode", "Support", .product(name: "BigInt", package: "BigInt")],
            swiftSettings: vmSettings),
        // The compile-and-run facade: imports, the embedded dialect stdlib, sessions.
        // Compiled single-threaded like the VM: Swift emits the outlined copy of `Value` in every module
        // that copies one and the linker keeps only one of them, so an atomic copy from here would
        // replace the VM's non-atomic one.
        .target(name: "Interpreter", dependencies: ["Compiler", "VM"], swiftSettings: vmSettings),
        // Notebooks: the `.nb.md` format, parameters, running cells, reports. Compiled single-threaded
        // like the VM (it copies `Value`s); its watchdog thread shares only raw memory with it.
        .target(name: "Notebook", dependencies: ["Interpreter", "Compiler", "Syntax", "VM", "Support"],
                swiftSettings: vmSettings),
        // GNU readline (Debian: libreadline-dev), for the REPL.
        .systemLibrary(name: "CReadline", path: "Sources/CReadline", providers: [.apt(["libreadline-dev"])]),
        // `prism repl`: line editing, history, completion, commands. Single-threaded like the VM.
        // (Swift 5 mode: readline is driven through C globals, which Swift 6 mode rejects.)
        .target(name: "REPL", dependencies: ["Notebook", "Interpreter", "VM", "Compiler", "Syntax", "CReadline"],
                swiftSettings: vmSettings + [.swiftLanguageMode(.v5)]),
        // The object store: object ids, payloads, reference counts, memory budget, spilling.
        // Shared by every thread, so compiled with atomic reference counting; it knows no language.
        .target(name: "ObjectStore", dependencies: ["Support"], swiftSettings: fastSettings),
        // Workers, tasks, actors, resources, scheduling, retries and restarts. Knows no language.
        .target(name: "Actors", dependencies: ["ObjectStore", "Support"], swiftSettings: fastSettings),
        // The dataframe engine: types, columns, expressions, plans, optimizer, execution. Knows no language.
        .target(name: "Columnar", dependencies: ["Support"], swiftSettings: fastSettings),
        // Snappy, Zstandard and zlib (Debian: libsnappy-dev, libzstd-dev, zlib1g-dev), for Parquet.
        .systemLibrary(name: "CCompression", path: "Sources/CCompression",
                       providers: [.apt(["libsnappy-dev", "libzstd-dev", "zlib1g-dev"])]),
        // File formats of the dataframe engine: CSV and Parquet readers and writers.
        .target(name: "ColumnarIO", dependencies: ["Columnar", "CCompression"], swiftSettings: fastSettings),
        // OpenBLAS's CBLAS interface (Debian: libopenblas-dev), for the tensor engine's matrix products.
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS", providers: [.apt(["libopenblas-dev"])]),
        // The tensor engine: tensors, autograd, losses, optimizers, initializers, serialization.
        // Knows no language; shared by training threads, so compiled with atomic reference counting.
        .target(name: "Tensor", dependencies: ["CBLAS", "Support"], swiftSettings: fastSettings),
        // The dataframe engine as the dialect's `_sql` module (behind stdlib/pyspark and stdlib/raydp).
        // Single-threaded like the VM. Its name must sort after "Columnar" and its objects link after
        // Columnar's: the linker keeps the first of the identical weak "outlined copy" helpers that
        // every module emits for the enums it copies, and the engine's threads need Columnar's
        // atomic ones (see docs/ARCHITECTURE.md, "Threads and reference counting").
        .target(name: "SQLBindings", dependencies: ["Interpreter", "VM", "Columnar", "ColumnarIO", "Support"],
                swiftSettings: vmSettings),
        // The tensor engine as the dialect's `_torch` module (behind stdlib/torch). Single-threaded
        // like the VM; its name sorts after "Tensor" so the engine's atomic outlined-copy helpers
        // link first (see SQLBindings).
        .target(name: "TorchBindings", dependencies: ["Interpreter", "VM", "Tensor"], swiftSettings: vmSettings),
        // The engines as the dialect's modules (`_ray`, behind `stdlib/ray`). Single-threaded like
        // the VM (it copies `Value`s); it hands the engines only copies and raw views (see
        // docs/ARCHITECTURE.md, "Threads and reference counting").
        .target(name: "Bindings", dependencies: ["Interpreter", "VM", "Bytecode", "ObjectStore", "Actors", "Support", "SQLBindings", "TorchBindings"],
                swiftSettings: vmSettings),
        // The `prism` command.
        .executableTarget(
            name: "CLI",
            dependencies: ["Interpreter", "Notebook", "REPL", "Bindings", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: fastSettings),
        // Benchmarks of the engines without the language, and the bytecode listing (run on demand,
        // never from tests).
        .executableTarget(name: "Bench", dependencies: ["Interpreter", "Actors", "ObjectStore", "Columnar", "Tensor"], swiftSettings: fastSettings),

        .testTarget(name: "SyntaxTests", dependencies: ["Syntax"]),
        .testTarget(name: "CompilerTests", dependencies: ["Compiler", "Syntax", "Bytecode"]),
        .testTarget(name: "VMTests", dependencies: ["VM", "Interpreter", "Support"]),
        .testTarget(name: "ObjectStoreTests", dependencies: ["ObjectStore"]),
        .testTarget(name: "ActorsTests", dependencies: ["Actors", "ObjectStore"]),
        .testTarget(name: "ColumnarTests", dependencies: ["Columnar"], exclude: ["golden"]),
        .testTarget(name: "ColumnarIOTests", dependencies: ["ColumnarIO", "Columnar"], exclude: ["data"]),
        .testTarget(name: "TensorTests", dependencies: ["Tensor"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "Interpreter", "Support"]),
        .testTarget(
            name: "ConformanceTests",
            dependencies: ["Interpreter", "CLI"],
            exclude: ["corpus", "regen.py", "regen_reference.py", "plots", "ray", "dataframe", "torch"]),
    ]
)
