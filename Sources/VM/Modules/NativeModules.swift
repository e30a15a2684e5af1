/// The modules implemented in Swift, by import name.
extension VM {
    func registerNativeModules() {
        nativeModules["sys"] = { vm in .success(vm.makeSysModule()) }
        nativeModules["math"] = { vm in .success(vm.makeMathModule()) }
        nativeModules["time"] = { vm in .success(vm.makeTimeModule()) }
        nativeModules["_random"] = { vm in .success(vm.makeRandomModule()) }
        nativeModules["os"] = { vm in .success(vm.makeOSModule()) }
        nativeModules["os.path"] = { vm in .success(vm.makePathModule()) }
        nativeModules["posixpath"] = { vm in .success(vm.makePathModule()) }
        nativeModules["progress"] = { vm in .success(vm.makeProgressModule()) }
    }

    /// A module whose functions are defined by `body`.
    public func nativeModule(_ name: String, _ body: (PyModule) -> Void) -> PyModule {
        let module = PyModule(name: name)
        body(module)
        return module
    }

    /// Defines a module-level function.
    public func function(_ module: PyModule, _ name: String, _ body: @escaping NativeBody) {
        module.dict.store(string: intern(name), .object(PyNativeFunction(name: name, qualifiedName: name, body: body)))
    }

    /// A class for native handle objects (engine objects held by the language), named `name` in
    /// module `module`, kept alive for the VM's lifetime.
    public func nativeHandleType(_ name: String, module: String) -> PyType {
        let types = BuiltinTypes.shared
        let namespace = PyDict()
        namespace.store(string: intern("__module__"), .string(module))
        // A class statement cannot fail for a fresh class with `object` as its only base.
        let type = (try? PyType(name: name, qualifiedName: name, moduleName: module, bases: [types.object],
                                dict: namespace, layout: .native, metatype: types.type)) ?? types.object
        retainClass(type)
        return type
    }

    /// Defines a module-level value.
    public func constant(_ module: PyModule, _ name: String, _ value: Value) {
        module.dict.store(string: intern(name), value)
    }
}
