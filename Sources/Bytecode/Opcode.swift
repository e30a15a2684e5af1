/// How an instruction's fields are read: which of `a`, `b`, `c` are registers, constants, names,
/// counts or jump targets. The disassembler and the encoder's checks are driven by this table.
public enum OperandRole: Sendable {
    /// A register of the frame.
    case register
    /// A register, or 0xFFFF for "none".
    case optionalRegister
    /// An index into the constants.
    case constant
    /// An index into the constants, or 0xFFFF for "none".
    case optionalConstant
    /// An index into the names.
    case name
    /// A count or small immediate.
    case count
    /// A signed 16-bit immediate.
    case immediate
    /// A jump target held in `b` and `c` together (32 bits).
    case target32
    /// A jump target held in `c` and the `x` byte (24 bits).
    case target24
    /// The field is unused.
    case unused
}

/// The format of one opcode: its mnemonic and the roles of `a`, `b` and `c`.
public struct OpcodeFormat: Sendable {
    /// The mnemonic used by the disassembler.
    public let name: String
    /// Roles of the `a`, `b`, `c` fields (a `.target32` role in `b` covers `c`).
    public let roles: (a: OperandRole, b: OperandRole, c: OperandRole)
}

/// Every instruction of the register VM. The comment on each case gives its effect, with `R[x]` a
/// register, `K[x]` a constant and `N[x]` a name. The one table ``Opcode/format`` describes them all.
public enum Opcode: UInt8, CaseIterable, Sendable {
    // MARK: Moves and constants
    case nop                 // -
    case move                // R[a] = R[b]
    case loadConst           // R[a] = K[b:c]
    case checkBound          // raise UnboundLocalError unless R[a] holds a value
    case deleteLocal         // check R[a] holds a value, then clear it
    // MARK: Globals, class namespaces and cells
    case loadGlobal          // R[a] = globals/builtins[N[b]]   (c: inline cache slot)
    case storeGlobal         // globals[N[b]] = R[a]
    case deleteGlobal        // del globals[N[b]]
    case loadName            // R[a] = R[c] namespace / globals / builtins [N[b]]
    case storeName           // R[c] namespace[N[b]] = R[a]
    case deleteName          // del R[c] namespace[N[b]]
    case makeCell            // R[a] = cell(R[a])
    case loadDeref           // R[a] = R[b].cell_contents   (c: name index for errors)
    case storeDeref          // R[b].cell_contents = R[a]
    case deleteDeref         // clear R[b].cell_contents    (c: name index)
    case copyFreeVars        // R[a ..< a+b] = the running function's closure cells
    // MARK: Attributes and items
    case loadAttr            // R[a] = R[b].N[c]
    case storeAttr           // R[a].N[b] = R[c]
    case deleteAttr          // del R[a].N[b]
    case loadMethod          // R[a], R[a+1] = method and self of R[b].N[c] (R[a+1] empty if not a method)
    case loadSubscript       // R[a] = R[b][R[c]]
    case storeSubscript      // R[a][R[b]] = R[c]
    case deleteSubscript     // del R[a][R[b]]
    case buildSlice          // R[a] = slice(R[b], R[b+1], R[b+2]) (c: 2 or 3 parts)
    // MARK: Arithmetic (x bit 0: in-place form, as in `+=`)
    case add, subtract, multiply, trueDivide, floorDivide, modulo, power, matrixMultiply
    case leftShift, rightShift, bitAnd, bitOr, bitXor  // R[a] = R[b] op R[c]
    case addImmediate        // R[a] = R[b] + c (signed)
    case subtractImmediate   // R[a] = R[b] - c (signed)
    case negate, positive, invert, not  // R[a] = op R[b]
    // MARK: Comparisons
    case less, lessEqual, greater, greaterEqual, equal, notEqual  // R[a] = R[b] op R[c]
    case `is`, isNot, contains, notContains                       // R[a] = R[b] is/in R[c]
    case lessImmediate       // R[a] = R[b] < c (signed)
    // MARK: Control flow
    case jump                // pc = b:c
    case jumpIfFalse         // if not R[a]: pc = b:c
    case jumpIfTrue          // if R[a]: pc = b:c
    case jumpIfNotLess       // if not (R[a] < R[b]): pc = c|x<<16
    case getIterator         // R[a] = iter(R[b])
    case forIterate          // R[b] = next(R[a]) or pc = c|x<<16 when exhausted
    case returnValue         // return R[a]
    case yieldValue          // suspend with R[b]; on resume R[a] = the value sent
    case yieldFrom           // delegate to iterator R[b] sending R[a]; when it finishes R[a] = its result
    // MARK: Calls and definitions
    case call                // R[a] = R[a](R[a+1 ..< a+1+b]); c: K index of keyword names or 0xFFFF
    case callMethod          // R[a] = R[a](R[a+1] self?, R[a+2 ..< a+2+b]); c as for call
    case callEx              // R[a] = R[a](*R[b], **R[c])
    case makeFunction        // R[a] = function(K[b]); x: 1 defaults R[c], 2 kw-defaults R[c+1], 4 closure R[c+2], 8 annotations R[c+3]
    case buildClass          // R[a] = class from body R[a], name R[a+1], bases R[a+2 ..< a+2+b]; c keywords
    case beforeWith          // R[a] = bound R[b].__exit__, R[a+1] = R[b].__enter__()
    // MARK: Containers
    case buildTuple, buildList, buildSet  // R[a] = container(R[b ..< b+c])
    case buildMap            // R[a] = {R[b]: R[b+1], ...} for c pairs
    case buildString         // R[a] = "".join(R[b ..< b+c])
    case formatValue         // R[a] = format(conversion x of R[b], spec R[c])
    case listAppend          // R[a].append(R[b])
    case setAdd              // R[a].add(R[b])
    case mapAdd              // R[a][R[b]] = R[c]
    case listExtend          // R[a].extend(R[b]); x=1: it is `*R[b]` in a call to R[c] (for the error message)
    case setUpdate           // R[a].update(R[b])
    case dictUpdate          // R[a].update(R[b]) for {**m}
    case dictMerge           // R[a].update(R[b]) for f(**m), rejecting repeated keywords; R[c] is the callee
    case listToTuple         // R[a] = tuple(R[b])
    case unpackSequence      // R[a ..< a+c] = R[b] (exactly c items)
    case unpackStarred       // R[a ...] = R[b] with c = before | after << 8 items around a starred list
    // MARK: Exceptions
    case raise               // raise R[a] from R[b] (0xFFFF: none); both none re-raises the handled exception
    case reraise             // re-raise R[a] keeping its traceback
    case raiseAssertion      // raise AssertionError(R[a]) (0xFFFF: no message)
    case pushExceptionInfo   // R[a] becomes the exception being handled
    case popException        // the handled exception goes back to what it was before
    case checkExceptionMatch // R[a] = R[b] is an instance of the exception class(es) R[c]
    case exceptionType       // R[a] = type(R[b])
    // MARK: Imports and the REPL
    case importName          // R[a] = import N[b] with from-list K[c] (0xFFFF: none), level x
    case importFrom          // R[a] = from module R[b] import N[c]
    case importStar          // copy the public names of module R[a] into the globals
    case printExpression     // show R[a] as the REPL does and bind it to `_`

    /// The format of every opcode, in declaration order.
    public var format: OpcodeFormat { Opcode.formats[Int(rawValue)] }

    private static let formats: [OpcodeFormat] = Opcode.allCases.map { OpcodeFormat(name: $0.mnemonic, roles: $0.roles) }

    /// The lower-case mnemonic, e.g. `load_attr`.
    var mnemonic: String {
        var result = ""
        for character in String(describing: self) {
            if character.isUppercase { result += "_" + character.lowercased() } else { result.append(character) }
        }
        return result
    }

    /// The roles of the `a`, `b`, `c` fields.
    var roles: (a: OperandRole, b: OperandRole, c: OperandRole) {
        switch self {
        case .nop, .popException: return (.unused, .unused, .unused)
        case .move, .negate, .positive, .invert, .not, .getIterator, .beforeWith, .listAppend, .setAdd,
             .setUpdate, .dictUpdate, .listToTuple, .exceptionType, .yieldValue, .yieldFrom:
            return (.register, .register, .unused)
        case .loadConst: return (.register, .target32, .unused)
        case .checkBound, .deleteLocal, .makeCell, .returnValue, .reraise, .pushExceptionInfo, .importStar,
             .printExpression:
            return (.register, .unused, .unused)
        case .loadGlobal: return (.register, .name, .count)
        case .storeGlobal: return (.register, .name, .unused)
        case .deleteGlobal: return (.unused, .name, .unused)
        case .loadName, .storeName: return (.register, .name, .register)
        case .deleteName: return (.unused, .name, .register)
        case .loadDeref, .deleteDeref: return (.register, .register, .name)
        case .storeDeref: return (.register, .register, .unused)
        case .copyFreeVars: return (.register, .count, .unused)
        case .loadAttr, .loadMethod: return (.register, .register, .name)
        case .storeAttr: return (.register, .name, .register)
        case .deleteAttr: return (.register, .name, .unused)
        case .loadSubscript, .storeSubscript, .add, .subtract, .multiply, .trueDivide, .floorDivide, .modulo,
             .power, .matrixMultiply, .leftShift, .rightShift, .bitAnd, .bitOr, .bitXor, .less, .lessEqual,
             .greater, .greaterEqual, .equal, .notEqual, .is, .isNot, .contains, .notContains, .mapAdd,
             .checkExceptionMatch, .dictMerge:
            return (.register, .register, .register)
        case .deleteSubscript: return (.register, .register, .unused)
        case .listExtend: return (.register, .register, .count)
        case .buildSlice: return (.register, .register, .count)
        case .addImmediate, .subtractImmediate, .lessImmediate: return (.register, .register, .immediate)
        case .jump: return (.unused, .target32, .unused)
        case .jumpIfFalse, .jumpIfTrue: return (.register, .target32, .unused)
        case .jumpIfNotLess: return (.register, .register, .target24)
        case .forIterate: return (.register, .register, .target24)
        case .call, .callMethod, .buildClass: return (.register, .count, .optionalConstant)
        case .callEx: return (.register, .register, .optionalRegister)
        case .makeFunction: return (.register, .constant, .register)
        case .buildTuple, .buildList, .buildSet, .buildMap, .buildString: return (.register, .register, .count)
        case .formatValue: return (.register, .register, .optionalRegister)
        case .unpackSequence, .unpackStarred: return (.register, .register, .count)
        case .raise: return (.optionalRegister, .optionalRegister, .unused)
        case .raiseAssertion: return (.optionalRegister, .unused, .unused)
        case .importName: return (.register, .name, .optionalConstant)
        case .importFrom: return (.register, .register, .name)
        }
    }
}
