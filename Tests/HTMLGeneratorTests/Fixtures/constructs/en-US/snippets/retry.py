import time

# <retry>
def retry(call, attempts=3):
    for attempt in range(attempts):
        try:
            return call()
        except TimeoutError:
            time.sleep(2 ** attempt)
    raise TimeoutError("gave up")
# </retry>
