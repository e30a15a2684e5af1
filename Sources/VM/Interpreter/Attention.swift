/// The VM's periodic check for work outside the running code: a Ctrl-C to deliver as
/// KeyboardInterrupt, and the step budget that bounds how long untrusted code may run.
///
/// Loop back-edges and function entries decrement one countdown, `attention`; only when it reaches
/// zero does the VM look at the interrupt flag and the budget (`serviceAttention`). A signal handler
/// sets the countdown to zero to be noticed at the next back-edge or call.
extension VM {
    /// Back-edges and calls between two looks at the interrupt flag when no budget is set.
    static let attentionPeriod = 1 << 14

    /// Limits the code run from now on to about `steps` loop back-edges and calls; nil removes the
    /// limit. When the budget runs out, the VM raises `RuntimeError: step budget exhausted`, which no
    /// handler of the running code can catch.
    public func setStepBudget(_ steps: Int?) {
        stepBudget = steps
        budgetExhausted = false
        refillAttention()
    }

    /// Charges big-integer work to the step budget, a step per 64-bit word of its size, so that a
    /// budget bounds time even when every step multiplies huge numbers (`while x ** 30: x *= 3`).
    @inline(__always)
    func chargeBigIntegerWork(bits: Int) {
        guard stepBudget != nil else { return }
        attention.pointee &-= bits >> 6
    }

    /// Whether the step budget ran out or a timeout fired (the exception raised unwinds every frame).
    public var isBudgetExhausted: Bool { budgetExhausted }

    /// Called when the countdown reaches zero: delivers a pending interrupt, charges the budget and
    /// restarts the countdown.
    @inline(never)
    func serviceAttention() throws(PyException) {
        let consumed = max(attentionRefill - attention.pointee, 0)
        if budgetExhausted {
            if stepBudget == nil { throw raise("TimeoutError", timeoutMessage) }
            throw raise("RuntimeError", "step budget exhausted")
        }
        if var remaining = stepBudget {
            remaining -= consumed
            stepBudget = remaining
            if remaining <= 0 {
                budgetExhausted = true
                attention.pointee = 0
                attentionRefill = 0
                throw raise("RuntimeError", "step budget exhausted")
            }
        }
        refillAttention()
        if interruptFlag.pointee != 0 { throw takeInterrupt() }
    }

    /// Restarts the countdown for the next period (or the rest of the budget, if shorter).
    func refillAttention() {
        let period = min(stepBudget ?? VM.attentionPeriod, VM.attentionPeriod)
        attentionRefill = max(period, 1)
        attention.pointee = attentionRefill
    }

    /// The interrupt flag's value that asks for a timeout rather than a KeyboardInterrupt.
    public static let timeoutRequest: Int32 = 2
    /// The interrupt flag's value that kills the running code like a crashed worker: an uncatchable
    /// `SystemExit`-like unwinding the worker notices with `crashRequested` (fault injection).
    public static let crashRequest: Int32 = 3

    /// Clears the interrupt flag and returns the exception to raise: KeyboardInterrupt for a Ctrl-C,
    /// or, when a watchdog asked for a timeout (`timeoutRequest`), a TimeoutError that no handler
    /// of the running code can catch.
    @inline(never)
    public func takeInterrupt() -> PyException {
        let reason = interruptFlag.pointee
        interruptFlag.pointee = 0
        if reason == VM.timeoutRequest {
            budgetExhausted = true
            attention.pointee = 0
            return raise("TimeoutError", timeoutMessage)
        }
        if reason == VM.crashRequest {
            budgetExhausted = true
            crashRequested = true
            attention.pointee = 0
            return raise("SystemError", "the worker was killed")
        }
        return raise("KeyboardInterrupt")
    }

    /// Lets code run again after a timeout or an exhausted budget stopped it (the REPL, the next
    /// notebook cell).
    public func clearAbort() {
        budgetExhausted = false
        crashRequested = false
        interruptFlag.pointee = 0
        refillAttention()
    }
}
