# modules: sys.exit("message") prints the message to stderr and exits with code 1
import sys
def validate(config):
    if "name" not in config:
        sys.exit("error: config is missing 'name'")
    return config["name"]
print("validating configs")
print("validating first config")
print("name:", validate({"name": "ok"}))
print("validating second config")
validate({"other": 1})
print("never printed")
# (the lines above end the program; sys.exit with a string prints it to stderr and exits 1)
print("unreachable cleanup")
print("also unreachable")
