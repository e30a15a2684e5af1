# exceptions: order of try/except/else/finally execution in all paths
def run(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("boom")
        if mode == "return":
            return log + ["returned-from-try"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for mode in ["ok", "raise", "return"]:
    print(mode, run(mode))
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("  inner finally")
    except KeyError as e:
        print("  outer caught", e)
    finally:
        print("  outer finally")
nested()
def finally_with_break():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("  finally for", i)
    return i
print(finally_with_break())
def finally_with_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(finally_with_continue())
