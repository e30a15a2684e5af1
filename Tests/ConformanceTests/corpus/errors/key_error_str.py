# errors: uncaught KeyError with a string key; last line is KeyError: 'port'
def get_setting(config, key):
    return config[key]
def connect(config):
    host = get_setting(config, "host")
    print("host is", host)
    port = get_setting(config, "port")
    print("port is", port)
connect({"host": "localhost", "port": 80})
print(get_setting({"a": 1}, "a"))
try:
    get_setting({}, "user")
except KeyError as e:
    print("caught:", e)
connect({"host": "example"})
