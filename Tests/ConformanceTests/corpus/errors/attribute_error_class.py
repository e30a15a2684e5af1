# errors: uncaught AttributeError "type object 'Config' has no attribute 'TIMEOUT'"
class Config:
    RETRIES = 3
    DELAY = 0.5
print(Config.RETRIES, Config.DELAY)
print("has TIMEOUT:", hasattr(Config, "TIMEOUT"), "default:", getattr(Config, "TIMEOUT", 30))
try:
    Config.RETRYS
except AttributeError as e:
    print("caught:", e)
print(sorted(k for k in vars(Config) if not k.startswith("_")))
Config.DELAY = 1.5
print("updated delay:", Config.DELAY)
print(type(Config).__name__, Config.__name__)
print(Config.TIMEOUT)
