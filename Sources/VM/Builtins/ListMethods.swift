/// The methods of `list` and `tuple`.
enum ListMethods {
    static func install() {
        let types = BuiltinTypes.shared
        let list = types.list
        types.operatorMethods(list, binary: [.add, .multiply], reflected: false, compare: true)
        types.method(list, "__rmul__") { (vm: VM, args: Arguments) throws(PyException) -> Value in try vm.builtinOperator(.multiply, args[0], args[1]) }
        types.method(list, "__iadd__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.listExtend(try vm.receiver(args, PyList.self, .list, "__iadd__"), args[1])
            return args[0]
        }
        types.method(list, "__init__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "list", 0, 1)
            let target = try vm.receiver(args, PyList.self, .list, "__init__")
            target.items = args.positionalCount == 2 ? ContiguousArray(try vm.collect(args[1])) : []
            return .none
        }
        types.method(list, "append") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "list.append", 1, 1)
            try vm.receiver(args, PyList.self, .list, "append").items.append(args[1])
            return .none
        }
        types.method(list, "extend") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "list.extend", 1, 1)
            try vm.listExtend(try vm.receiver(args, PyList.self, .list, "extend"), args[1])
            return .none
        }
        types.method(list, "insert") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "insert", 2, 2)
            let target = try vm.receiver(args, PyList.self, .list, "insert")
            var position = try vm.integerArgument(args[1])
            let count = target.items.count
            if position < 0 { position = max(position + count, 0) }
            target.items.insert(args[2], at: min(position, count))
            return .none
        }
        types.method(list, "pop") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "pop", 0, 1)
            let target = try vm.receiver(args, PyList.self, .list, "pop")
            if target.items.isEmpty { throw vm.raise("IndexError", "pop from empty list") }
            guard args.positionalCount == 2 else { return target.items.removeLast() }
            var position = try vm.integerArgument(args[1])
            if position < 0 { position += target.items.count }
            guard position >= 0 && position < target.items.count else { throw vm.raise("IndexError", "pop index out of range") }
            return target.items.remove(at: position)
        }
        types.method(list, "remove") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "list.remove", 1, 1)
            let target = try vm.receiver(args, PyList.self, .list, "remove")
            for (index, item) in target.items.enumerated() where try vm.equals(item, args[1]) {
                target.items.remove(at: index)
                return .none
            }
            throw vm.valueError("list.remove(x): x not in list")
        }
        types.method(list, "clear") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "list.clear", 0, 0)
            try vm.receiver(args, PyList.self, .list, "clear").items.removeAll()
            return .none
        }
        types.method(list, "copy") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "list.copy", 0, 0)
            return .object(PyList(try vm.receiver(args, PyList.self, .list, "copy").items))
        }
        types.method(list, "reverse") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "list.reverse", 0, 0)
            try vm.receiver(args, PyList.self, .list, "reverse").items.reverse()
            return .none
        }
        types.method(list, "sort") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.allowKeywords(vm, "sort", ["key", "reverse"])
            if args.positionalCount > 1 { throw vm.typeError("sort() takes no positional arguments") }
            let target = try vm.receiver(args, PyList.self, .list, "sort")
            var items = target.items
            target.items = []
            do throws(PyException) {
                try vm.sortValues(&items, key: args.keyword("key") ?? .none, reverse: try vm.isTrue(args.keyword("reverse") ?? .bool(false)))
            } catch {
                target.items = items
                throw error
            }
            let modified = !target.items.isEmpty
            target.items = items
            if modified { throw vm.valueError("list modified during sort") }
            return .none
        }
        installSequenceQueries(list, kind: .list, name: "list")
        installSequenceQueries(types.tuple, kind: .tuple, name: "tuple")
        installContainerDunders(list, kind: .list)
        types.operatorMethods(types.tuple, binary: [.add, .multiply], reflected: false, compare: true)
        types.method(types.tuple, "__rmul__") { (vm: VM, args: Arguments) throws(PyException) -> Value in try vm.builtinOperator(.multiply, args[0], args[1]) }
        installContainerDunders(types.tuple, kind: .tuple)
        types.staticFunction(types.tuple, "__new__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard args.positionalCount >= 1, let type = args[0].asObject as? PyType else {
                throw vm.typeError("tuple.__new__(X): X is not a type object")
            }
            let items = args.positionalCount >= 2 ? ContiguousArray(try vm.collect(args[1])) : []
            if type === BuiltinTypes.shared.tuple { return .object(PyTuple(items)) }
            return .object(PyTuple(items, type: type))
        }
        types.method(types.tuple, "__getnewargs__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .object(PyTuple(try vm.receiver(args, PyTuple.self, .tuple, "__getnewargs__").items))
        }
    }

    static func items(_ vm: VM, _ args: Arguments, _ kind: ObjectKind, _ name: String) throws(PyException) -> ContiguousArray<Value> {
        if kind == .list { return try vm.receiver(args, PyList.self, .list, name).items }
        return try vm.receiver(args, PyTuple.self, .tuple, name).items
    }

    /// `index` and `count`.
    static func installSequenceQueries(_ type: PyType, kind: ObjectKind, name: String) {
        let types = BuiltinTypes.shared
        types.method(type, "index") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "index", 1, 3)
            let values = try items(vm, args, kind, "index")
            var start = args.positionalCount > 2 ? try vm.integerArgument(args[2]) : 0
            var end = args.positionalCount > 3 ? try vm.integerArgument(args[3]) : values.count
            if start < 0 { start = max(start + values.count, 0) }
            if end < 0 { end = max(end + values.count, 0) }
            end = min(end, values.count)
            if start < end {
                for index in start..<end where try vm.equals(values[index], args[1]) { return .int(index) }
            }
            throw vm.valueError(kind == .list ? "\(try vm.repr(args[1])) is not in list" : "tuple.index(x): x not in tuple")
        }
        types.method(type, "count") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "count", 1, 1)
            var count = 0
            for item in try items(vm, args, kind, "count") where try vm.equals(item, args[1]) { count += 1 }
            return .int(count)
        }
    }

    /// `__len__`, `__getitem__`, `__contains__`, `__iter__` and (for lists) item assignment.
    static func installContainerDunders(_ type: PyType, kind: ObjectKind) {
        let types = BuiltinTypes.shared
        types.method(type, "__len__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .int(try items(vm, args, kind, "__len__").count)
        }
        types.method(type, "__getitem__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__getitem__", 1, 1)
            guard case .object(let object) = args[0] else { return .none }
            return try vm.builtinGetItem(object, args[1]) ?? .none
        }
        types.method(type, "__contains__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__contains__", 1, 1)
            guard case .object(let object) = args[0] else { return .bool(false) }
            return .bool(try vm.builtinContains(object, args[1]) ?? false)
        }
        types.method(type, "__iter__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard case .object(let object) = args[0] else { return .none }
            return try vm.getIteratorOfBuiltinBase(object)
        }
        types.method(type, "__repr__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            guard case .object(let object) = args[0] else { return .none }
            return .string(try vm.builtinRepr(object))
        }
        types.method(type, "__hash__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            if kind == .list { throw vm.typeError("unhashable type: 'list'") }
            return .int(try vm.hashTuple(try items(vm, args, kind, "__hash__")))
        }
        if kind == .list {
            types.method(type, "__setitem__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expectMethod(vm, "__setitem__", 2, 2)
                try vm.listSetItem(try vm.receiver(args, PyList.self, .list, "__setitem__"), args[1], args[2])
                return .none
            }
            types.method(type, "__delitem__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try args.expectMethod(vm, "__delitem__", 1, 1)
                let list = try vm.receiver(args, PyList.self, .list, "__delitem__")
                let plain = PyList(list.items)
                try vm.deleteItem(.object(plain), args[1])
                list.items = plain.items
                return .none
            }
            types.method(type, "__reversed__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
                let list = try vm.receiver(args, PyList.self, .list, "__reversed__")
                return .object(PyIterator(variant: .reversedList, source: args[0], type: BuiltinTypes.shared.listReverseIterator,
                                          index: list.items.count - 1))
            }
        }
    }
}
