import Support

/// The `progress` module: live progress bars on the terminal for long loops, drawn by
/// `ProgressDisplay` on stderr only when it is a terminal (never into outputs or reports).
///
///     from progress import bar
///     for row in bar(rows, desc="cleaning"):
///         ...
///     task = progress.start("epochs", total=10); progress.update(task, 3, "loss 0.21"); progress.finish(task)
extension VM {
    func makeProgressModule() -> PyModule {
        nativeModule("progress") { module in
            function(module, "bar") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "bar", 1, 3, keywords: true)
                let iterable = args[0]
                let label = try args.argument(2, "desc").map { (value: Value) throws(PyException) -> String in try vm.str(value) } ?? ""
                var total: Int?
                if let given = args.argument(1, "total"), !given.isNone {
                    total = try vm.integerArgument(given)
                } else if case .object(let object) = iterable, [.list, .tuple, .range, .dict, .set, .str].contains(object.kind) {
                    total = try vm.length(iterable)
                }
                let iterator = try vm.getIterator(iterable)
                let display = ProgressDisplay.shared
                let task = display.start(label.isEmpty ? "progress" : label, total: total)
                var completed = 0
                var finished = false
                return .object(PyIterator(type: BuiltinTypes.shared.genericIterator) { (vm: VM) throws(PyException) -> Value? in
                    if finished { return nil }
                    let item: Value?
                    do throws(PyException) {
                        item = try vm.next(iterator)
                    } catch {
                        finished = true
                        display.finish(task)
                        throw error
                    }
                    guard let item else {
                        finished = true
                        display.finish(task)
                        return nil
                    }
                    if completed > 0 { display.update(task, completed: completed) }
                    completed += 1
                    return item
                })
            }
            function(module, "start") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "start", 1, 2, keywords: true)
                let total = try args.argument(1, "total").flatMap { (value: Value) throws(PyException) -> Int? in
                    value.isNone ? nil : try vm.integerArgument(value)
                }
                return .int(ProgressDisplay.shared.start(try vm.str(args[0]), total: total))
            }
            function(module, "update") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "update", 2, 3, keywords: true)
                let detail = try args.argument(2, "detail").map { (value: Value) throws(PyException) -> String in try vm.str(value) }
                ProgressDisplay.shared.update(try vm.integerArgument(args[0]), completed: try vm.integerArgument(args[1]), detail: detail)
                return .none
            }
            function(module, "finish") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expect(vm, "finish", 1, 1)
                ProgressDisplay.shared.finish(try vm.integerArgument(args[0]))
                return .none
            }
            constant(module, "enabled", .bool(ProgressDisplay.shared.isEnabled))
        }
    }
}
