import BigInt
import Support
#if canImport(Glibc)
import Glibc
#endif

/// The native core of `random`: a Mersenne Twister object, as CPython's `_random.Random`.
public final class PyRandom: PyObject {
    var twister = MersenneTwister()
    let dict = PyDict()

    init(type: PyType) {
        super.init(kind: .native, type: type)
    }

    override public var attributes: PyDict? { dict }
}

extension VM {
    // MARK: - time

    func makeTimeModule() -> PyModule {
        nativeModule("time") { module in
            func clock(_ id: clockid_t) -> Double {
                var spec = timespec()
                clock_gettime(id, &spec)
                return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
            }
            function(module, "time") { (_: VM, _: Arguments) throws(PyException) -> Value in .float(clock(CLOCK_REALTIME)) }
            function(module, "time_ns") { (_: VM, _: Arguments) throws(PyException) -> Value in
                var spec = timespec()
                clock_gettime(CLOCK_REALTIME, &spec)
                return .int(spec.tv_sec * 1_000_000_000 + spec.tv_nsec)
            }
            for name in ["perf_counter", "monotonic"] {
                function(module, name) { (_: VM, _: Arguments) throws(PyException) -> Value in .float(clock(CLOCK_MONOTONIC)) }
            }
            function(module, "perf_counter_ns") { (_: VM, _: Arguments) throws(PyException) -> Value in
                var spec = timespec()
                clock_gettime(CLOCK_MONOTONIC, &spec)
                return .int(spec.tv_sec * 1_000_000_000 + spec.tv_nsec)
            }
            function(module, "process_time") { (_: VM, _: Arguments) throws(PyException) -> Value in .float(clock(CLOCK_PROCESS_CPUTIME_ID)) }
            function(module, "sleep") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expectMethod(vm, "sleep", 0, 0)
                var remaining = try vm.floatArgument(args[0])
                if remaining < 0 { throw vm.valueError("sleep length must be non-negative") }
                while remaining > 0 {
                    if vm.interruptFlag.pointee != 0 { throw vm.takeInterrupt() }
                    let step = min(remaining, 0.05)
                    usleep(UInt32(step * 1_000_000))
                    remaining -= step
                }
                if vm.interruptFlag.pointee != 0 { throw vm.takeInterrupt() }
                return .none
            }
            function(module, "strftime") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expectMethod(vm, "strftime", 0, 1)
                let format = try vm.stringArgument(args[0], "strftime() argument 1 must be str")
                var now = time(nil)
                var parts = tm()
                localtime_r(&now, &parts)
                var buffer = [CChar](repeating: 0, count: 512)
                let count = strftime(&buffer, buffer.count, format, &parts)
                return .string(String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self))
            }
        }
    }

    // MARK: - _random

    func makeRandomModule() -> PyModule {
        nativeModule("_random") { module in
            constant(module, "Random", .object(randomType))
        }
    }

    /// `_random.Random`, a subclassable native class.
    var randomType: PyType {
        if let existing = randomClass { return existing }
        let types = BuiltinTypes.shared
        let namespace = PyDict()
        func method(_ name: String, _ body: @escaping NativeBody) {
            namespace.store(string: intern(name), .object(PyNativeFunction(name: name, qualifiedName: "Random.\(name)", isMethod: true, body: body)))
        }
        method("__init__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let generator = try vm.randomReceiver(args)
            try vm.seedRandom(generator, args.positional(1) ?? .none)
            return .none
        }
        method("seed") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.seedRandom(try vm.randomReceiver(args), args.positional(1) ?? .none)
            return .none
        }
        method("random") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .float(try vm.randomReceiver(args).twister.nextDouble())
        }
        method("getrandbits") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "getrandbits", 1, 1)
            let generator = try vm.randomReceiver(args)
            var bits = try vm.integerArgument(args[1])
            if bits < 0 { throw vm.valueError("number of bits must be non-negative") }
            if bits == 0 { return .int(0) }
            if bits <= 32 { return .int(Int(generator.twister.nextWord() >> UInt32(32 - bits))) }
            var words: [UInt] = []
            var pending: UInt64 = 0
            var filled = 0
            while bits > 0 {
                var word = generator.twister.nextWord()
                if bits < 32 { word >>= UInt32(32 - bits) }
                pending |= UInt64(word) << UInt64(filled)
                filled += 32
                if filled == 64 {
                    words.append(UInt(pending))
                    pending = 0
                    filled = 0
                }
                bits -= 32
            }
            if filled > 0 { words.append(UInt(pending)) }
            return Integers.value(BigInt(sign: .plus, magnitude: BigUInt(words: words)))
        }
        method("getstate") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let generator = try vm.randomReceiver(args)
            let words = generator.twister.state.map { Value.int(Int($0)) } + [.int(generator.twister.index)]
            return .object(PyTuple(words))
        }
        method("setstate") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "setstate", 1, 1)
            let generator = try vm.randomReceiver(args)
            let items = try vm.collect(args[1])
            guard items.count == 625 else { throw vm.valueError("state vector is the wrong size") }
            var words: [UInt32] = []
            for item in items.dropLast() { words.append(UInt32(truncatingIfNeeded: try vm.integerArgument(item))) }
            guard let restored = MersenneTwister(state: words, index: try vm.integerArgument(items[624])) else {
                throw vm.valueError("invalid state")
            }
            generator.twister = restored
            return .none
        }
        namespace.store(string: names.moduleMethod, .string("_random"))
        let created = try! PyType(name: "Random", qualifiedName: "Random", moduleName: "_random", bases: [types.object],
                                  dict: namespace, layout: .native, metatype: types.type)
        created.allocator = { type in PyRandom(type: type) }
        retainClass(created)
        randomClass = created
        return created
    }

    func randomReceiver(_ args: Arguments) throws(PyException) -> PyRandom {
        guard args.positionalCount >= 1, let generator = args[0].asObject as? PyRandom else {
            throw typeError("descriptor requires a '_random.Random' object")
        }
        return generator
    }

    /// CPython's `random_seed`: ints by absolute value, None from the clock, anything else by hash.
    func seedRandom(_ generator: PyRandom, _ seed: Value) throws(PyException) {
        var number: BigInt
        switch seed {
        case .none:
            var spec = timespec()
            clock_gettime(CLOCK_REALTIME, &spec)
            number = BigInt(spec.tv_nsec) ^ (BigInt(spec.tv_sec) << 32) ^ BigInt(getpid())
        default:
            if let integer = Integers.integer(seed) { number = integer.big } else { number = BigInt(try hash(seed)) }
        }
        let magnitude = number.magnitude
        var key: [UInt32] = []
        for word in magnitude.words {
            key.append(UInt32(truncatingIfNeeded: word))
            key.append(UInt32(truncatingIfNeeded: word >> 32))
        }
        while key.count > 1 && key.last == 0 { key.removeLast() }
        if key.isEmpty { key = [0] }
        generator.twister.seed(words: key)
    }
}
