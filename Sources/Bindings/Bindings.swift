import Interpreter
import SQLBindings
import TorchBindings
import VM

/// Connects the engines to the language: after `install()`, every session can import `_ray`
/// (and through it the dialect's `ray` package).
public enum Bindings {
    /// Registers the engines' native modules for every session created from now on. Call once at
    /// start-up, before any session or thread exists.
    public static func install() {
        Session.extensions.append { vm in
            RayModule.installLazily(in: vm)
            SQLModule.installLazily(in: vm)
            TorchModule.installLazily(in: vm)
        }
    }
}
