/// The methods of `set` and `frozenset`.
enum SetMethods {
    static func install() {
        let types = BuiltinTypes.shared
        for type in [types.set, types.frozenset] {
            let frozen = type === types.frozenset
            let kind: ObjectKind = frozen ? .frozenset : .set
            types.operatorMethods(type, binary: [.bitOr, .bitAnd, .subtract, .bitXor], reflected: false, compare: true)
            installQueries(type, kind: kind)
            installAlgebra(type, kind: kind)
            type.dict.store(string: PyStr("__hash__"), frozen ? .object(PyNativeFunction(name: "__hash__", qualifiedName: "frozenset.__hash__", isMethod: true) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                .int(try vm.receiver(args, PySet.self, .frozenset, "__hash__").frozenHash())
            }) : .none)
        }
        installMutation(types.set)
    }

    static func receiver(_ vm: VM, _ args: Arguments, _ name: String) throws(PyException) -> PySet {
        guard args.positionalCount >= 1, case .object(let object) = args[0], object.kind == .set || object.kind == .frozenset else {
            throw vm.typeError("descriptor '\(name)' requires a 'set' object")
        }
        return unsafeDowncast(object, to: PySet.self)
    }

    static func installQueries(_ type: PyType, kind: ObjectKind) {
        let types = BuiltinTypes.shared
        types.method(type, "__len__") { (vm: VM, args: Arguments) throws(PyException) -> Value in .int(try receiver(vm, args, "__len__").count) }
        types.method(type, "__contains__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "__contains__", 1, 1)
            return .bool(try receiver(vm, args, "__contains__").contains(args[1], vm))
        }
        types.method(type, "__iter__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try vm.getIteratorOfBuiltinBase(try receiver(vm, args, "__iter__"))
        }
        types.method(type, "__repr__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            .string(try vm.setRepr(try receiver(vm, args, "__repr__")))
        }
        types.method(type, "copy") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let set = try receiver(vm, args, "copy")
            if set.kind == .frozenset && set.type.isBuiltin { return args[0] }
            return .object(try vm.copySet(set))
        }
        types.method(type, "issubset") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "issubset", 1, 1)
            return .bool(try vm.isSubset(try receiver(vm, args, "issubset"), try vm.asSet(args[1])))
        }
        types.method(type, "issuperset") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "issuperset", 1, 1)
            let set = try receiver(vm, args, "issuperset")
            var all = true
            try vm.forEach(args[1]) { (item: Value) throws(PyException) in if all, try !set.contains(item, vm) { all = false } }
            return .bool(all)
        }
        types.method(type, "isdisjoint") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "isdisjoint", 1, 1)
            let set = try receiver(vm, args, "isdisjoint")
            var disjoint = true
            try vm.forEach(args[1]) { (item: Value) throws(PyException) in if disjoint, try set.contains(item, vm) { disjoint = false } }
            return .bool(disjoint)
        }
    }

    static func installAlgebra(_ type: PyType, kind: ObjectKind) {
        let types = BuiltinTypes.shared
        types.method(type, "union") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let result = try vm.copySet(try receiver(vm, args, "union"))
            for index in 1..<max(args.positionalCount, 1) { try vm.setUpdate(result, args[index]) }
            return .object(result)
        }
        types.method(type, "intersection") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            var result = try receiver(vm, args, "intersection")
            if args.positionalCount == 1 { return .object(try vm.copySet(result)) }
            for index in 1..<args.positionalCount { result = try vm.setIntersection(result, args[index]) }
            return .object(result)
        }
        types.method(type, "difference") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let set = try receiver(vm, args, "difference")
            if args.positionalCount == 1 { return .object(try vm.copySet(set)) }
            let result = try vm.setDifference(set, args[1])
            for index in 2..<max(args.positionalCount, 2) { try vm.setDifferenceUpdate(result, args[index]) }
            return .object(result)
        }
        types.method(type, "symmetric_difference") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "symmetric_difference", 1, 1)
            return .object(try vm.setSymmetricDifference(try receiver(vm, args, "symmetric_difference"), args[1]))
        }
    }

    static func installMutation(_ type: PyType) {
        let types = BuiltinTypes.shared
        types.method(type, "add") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "set.add", 1, 1)
            try receiver(vm, args, "add").add(args[1], vm)
            return .none
        }
        types.method(type, "discard") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "set.discard", 1, 1)
            try receiver(vm, args, "discard").discard(args[1], vm)
            return .none
        }
        types.method(type, "remove") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "set.remove", 1, 1)
            if try !receiver(vm, args, "remove").discard(args[1], vm) { throw vm.keyError(args[1]) }
            return .none
        }
        types.method(type, "pop") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "set.pop", 0, 0)
            guard let item = try receiver(vm, args, "pop").popFirst() else { throw vm.raise("KeyError", "pop from an empty set") }
            return item
        }
        types.method(type, "clear") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try receiver(vm, args, "clear").removeAll()
            return .none
        }
        types.method(type, "update") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let set = try receiver(vm, args, "update")
            for index in 1..<max(args.positionalCount, 1) { try vm.setUpdate(set, args[index]) }
            return .none
        }
        types.method(type, "intersection_update") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let set = try receiver(vm, args, "intersection_update")
            for index in 1..<max(args.positionalCount, 1) { try vm.setIntersectionUpdate(set, args[index]) }
            return .none
        }
        types.method(type, "difference_update") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let set = try receiver(vm, args, "difference_update")
            for index in 1..<max(args.positionalCount, 1) { try vm.setDifferenceUpdate(set, args[index]) }
            return .none
        }
        types.method(type, "symmetric_difference_update") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            try args.expectMethod(vm, "symmetric_difference_update", 1, 1)
            try vm.setSymmetricDifferenceUpdate(try receiver(vm, args, "symmetric_difference_update"), args[1])
            return .none
        }
        types.method(type, "__init__") { (vm: VM, args: Arguments) throws(PyException) -> Value in
            let set = try receiver(vm, args, "__init__")
            set.removeAll()
            if args.positionalCount == 2 { try vm.setUpdate(set, args[1]) }
            return .none
        }
        for (name, op) in [("__ior__", BinaryOp.bitOr), ("__iand__", .bitAnd), ("__isub__", .subtract), ("__ixor__", .bitXor)] {
            types.method(type, name) { (vm: VM, args: Arguments) throws(PyException) -> Value in
                try vm.setBinary(op, try receiver(vm, args, name), args[1], inPlace: true) ?? .object(BuiltinTypes.shared.notImplemented)
            }
        }
    }
}

/// The methods `tuple` adds beyond those shared with `list`.
enum TupleMethods {
    static func install() {}
}
