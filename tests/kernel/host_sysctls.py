# SPDX-License-Identifier: GPL-3.0-or-later
"""Host-wide sysctls a scenario needs (tcp_max_orphans): changed only when allowed, always restored.

A few TCP limits are not per network namespace: net.ipv4.tcp_max_orphans has no file in a namespace's
/proc/sys/net/ipv4 (6.18), and the orphan count it is checked against (tcp.c: tcp_orphan_count_sum(),
tcp_orphan_cache) counts every namespace's orphans. Changing it changes the whole machine, so:

  * only when CLOSELAB_KERNEL_HOST_SYSCTLS=1 (scripts/test.sh sets it with CLOSELAB_CI=1); otherwise the
    scenario is SKIPPED with that reason;
  * the old values are written to a journal (JOURNAL) before anything is changed, and restored on every
    way out: the with-block's exit (normal end, exception, the worker's timeout), SIGTERM/SIGINT/SIGHUP
    (restored in the handler, then SystemExit unwinds: the worker is killed, the namespace deleted),
    interpreter exit (atexit); a journal left by a run killed with SIGKILL is restored by the next run
    (restore_leftovers(), called first by every HostSysctls and by run_matrix.py play);
  * each restore is read back; a value that did not come back raises NotRestored (the play fails loudly),
    and the journal is removed only once every value is verified;
  * plays on one machine take LOCK (machine_lock()): the matrix shared, the host-wide sets exclusive. Two
    checkouts playing at once (a developer's run beside a CI-mode one) otherwise meet: while one play held
    tcp_max_orphans at its baseline, the other's close() calls met tcp_check_oom() and sent FIN then RST
    (fin_unacked, normal_close, fin_wait2_timeout, zero_window_fin_wait1 failed so, 1 play in 5).
"""
from __future__ import annotations

import atexit
import contextlib
import fcntl
import json
import os
import signal
import sys
import threading

ENV = "CLOSELAB_KERNEL_HOST_SYSCTLS"
JOURNAL = "/run/closelab-kernel-host-sysctls.json"   # tmpfs: gone at reboot, as the sysctl values are
LOCK = "/run/closelab-kernel-play.lock"               # flock(): one machine, plays of any checkout
KEYS = ("net.ipv4.tcp_max_orphans",)                  # the host-wide keys a scenario may move


class NotRestored(RuntimeError):
    pass


@contextlib.contextmanager
def machine_lock(exclusive, what):
    """Holds LOCK shared (a play's matrix: several may run at once) or exclusive (sets that move a host-wide
    sysctl: nothing else of the suite runs on the machine meanwhile), waiting for it and saying so.
    Released when the block ends or the process dies (flock on an open file description)."""
    import time
    fd = os.open(LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            print(f"kernel play: another CloseLab kernel play runs on this machine; waiting for {LOCK} "
                  f"before {what}", file=sys.stderr, flush=True)
            t = time.time()
            fcntl.flock(fd, mode)
            print(f"kernel play: waited {time.time() - t:.1f} s for {LOCK}", file=sys.stderr, flush=True)
        yield
    finally:
        os.close(fd)


def allowed():
    return os.environ.get(ENV) == "1"


def why_not_allowed(keys):
    return (f"{', '.join(keys)} is host-wide (not per network namespace): the suite changes it only with "
            f"{ENV}=1 (CI sets it; scripts/test.sh with CLOSELAB_CI=1), restores it on every exit path and "
            f"checks that it was restored")


def _path(key):
    return "/proc/sys/" + key.replace(".", "/")


def read(key):
    with open(_path(key)) as f:
        return " ".join(f.read().split())


def _write(key, value):
    with open(_path(key), "w") as f:
        f.write(str(value))


def host_orphans():
    """The machine's orphan count (/proc/net/sockstat "TCP: ... orphan N": tcp_orphan_count_sum(), global)."""
    with open("/proc/net/sockstat") as f:
        for line in f:
            if line.startswith("TCP:"):
                w = line.split()
                return int(w[w.index("orphan") + 1])
    raise RuntimeError("/proc/net/sockstat has no TCP orphan count")


def steady_host_orphans(hold=1.0, limit=15.0, step=0.1):
    """The machine's orphan count once it has not changed for `hold` s (other programs' orphans ending, e.g.
    those of a namespace deleted a moment ago), or after `limit` s whatever it is (the play's precondition
    then judges)."""
    import time
    end = time.time() + limit
    value, since = host_orphans(), time.time()
    while time.time() < end:
        time.sleep(step)
        now = host_orphans()
        if now != value:
            value, since = now, time.time()
        elif time.time() - since >= hold:
            break
    return value


def _restore_values(old):
    """Writes each old value back and reads it back; raises NotRestored naming every one that differs."""
    bad = []
    for key, value in old.items():
        try:
            _write(key, value)
        except OSError as ex:
            bad.append(f"{key}: writing {value} failed: {ex}")
            continue
        now = read(key)
        if now != value:
            bad.append(f"{key} is {now}, was {value}")
    if bad:
        raise NotRestored("HOST SYSCTL NOT RESTORED: " + "; ".join(bad) +
                          f" (the old values are kept in {JOURNAL})")


def restore_leftovers():
    """Restores what a killed run left in the journal; returns {key: value} restored ({} when none)."""
    if not os.path.exists(JOURNAL):
        return {}
    with open(JOURNAL) as f:
        old = json.load(f)["old"]
    _restore_values(old)
    os.unlink(JOURNAL)
    print(f"host_sysctls: restored {old} left by an interrupted run ({JOURNAL})", file=sys.stderr)
    return old


class HostSysctls:
    """with HostSysctls({"net.ipv4.tcp_max_orphans": 5}): ... -> set inside, restored and verified after."""

    def __init__(self, values):
        unknown = [k for k in values if k not in KEYS]
        if unknown:
            raise ValueError(f"not a host-wide key this suite may change: {unknown}")
        self.values = {k: str(v) for k, v in values.items()}
        self.old = {}
        self.restored = None
        self._lock = threading.RLock()   # a signal may arrive during restore()
        self._handlers = {}

    def __enter__(self):
        if not allowed():
            raise PermissionError(why_not_allowed(list(self.values)))
        restore_leftovers()
        self.old = {k: read(k) for k in self.values}
        tmp = JOURNAL + ".tmp"
        with open(tmp, "w") as f:
            json.dump({"old": self.old, "pid": os.getpid()}, f)
        os.replace(tmp, JOURNAL)          # the journal exists before the first value changes
        atexit.register(self.restore)
        if threading.current_thread() is threading.main_thread():
            for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
                self._handlers[sig] = signal.signal(sig, self._on_signal)
        try:
            for k, v in self.values.items():
                _write(k, v)
                if read(k) != v:
                    raise RuntimeError(f"{k}: wrote {v}, reads {read(k)}")
        except BaseException:
            self.restore()
            raise
        return self

    def _on_signal(self, sig, _frame):
        # restore first, then unwind (SystemExit runs the callers' finally blocks: the worker is killed and
        # the namespace deleted), with the previous handler back in place
        try:
            self.restore()
        finally:
            signal.signal(sig, self._handlers.get(sig) or signal.SIG_DFL)
            raise SystemExit(128 + sig)

    def restore(self):
        """Idempotent: puts the old values back, verifies them, removes the journal."""
        with self._lock:
            if self.restored or not self.old:
                return
            _restore_values(self.old)
            if os.path.exists(JOURNAL):
                os.unlink(JOURNAL)
            self.restored = True

    def __exit__(self, *exc):
        try:
            self.restore()
        finally:
            atexit.unregister(self.restore)
            for sig, h in self._handlers.items():
                signal.signal(sig, h)
        return False


def _selftest():
    """The restore logic on a fake /proc/sys (a temporary directory): no root needed, the host untouched."""
    import tempfile
    global _path, JOURNAL, read, LOCK
    key = KEYS[0]
    real_path, real_journal, real_read, real_lock = _path, JOURNAL, read, LOCK
    with tempfile.TemporaryDirectory(prefix="closelab-host-sysctls-") as d:
        _path = lambda k: os.path.join(d, k)   # noqa: E731
        JOURNAL = os.path.join(d, "journal.json")
        LOCK = os.path.join(d, "play.lock")
        # the machine lock: shared with shared, exclusive with nothing (another open file description
        # stands for another play)

        def can(mode):
            fd = os.open(LOCK, os.O_RDWR | os.O_CREAT)
            try:
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                return False
            finally:
                os.close(fd)
        with machine_lock(False, "the matrix"):
            assert can(fcntl.LOCK_SH) and not can(fcntl.LOCK_EX)
        with machine_lock(True, "the host-wide sets"):
            assert not can(fcntl.LOCK_SH) and not can(fcntl.LOCK_EX)
        assert can(fcntl.LOCK_EX)
        os.environ[ENV] = "1"
        try:
            _write(key, "131072")
            with HostSysctls({key: 3}):                    # normal exit
                assert read(key) == "3" and os.path.exists(JOURNAL)
            assert read(key) == "131072" and not os.path.exists(JOURNAL)
            try:                                           # an exception inside
                with HostSysctls({key: 3}):
                    raise ValueError("x")
            except ValueError:
                pass
            assert read(key) == "131072" and not os.path.exists(JOURNAL)
            before = signal.getsignal(signal.SIGTERM)
            try:                                           # SIGTERM: restored, then SystemExit(143)
                with HostSysctls({key: 3}):
                    os.kill(os.getpid(), signal.SIGTERM)
                    raise AssertionError("SIGTERM did not stop the run")
            except SystemExit as ex:
                assert ex.code == 128 + signal.SIGTERM, ex.code
            assert read(key) == "131072" and not os.path.exists(JOURNAL)
            assert signal.getsignal(signal.SIGTERM) is before
            _write(key, "3")                               # a run killed with SIGKILL left its journal
            with open(JOURNAL, "w") as f:
                json.dump({"old": {key: "131072"}}, f)
            assert restore_leftovers() == {key: "131072"}
            assert read(key) == "131072" and not os.path.exists(JOURNAL)
            g = HostSysctls({key: 3})                      # a value that does not come back fails loudly
            g.__enter__()
            read = lambda k: "7"                           # noqa: E731
            try:
                g.restore()
                raise AssertionError("NotRestored not raised")
            except NotRestored as ex:
                assert "NOT RESTORED" in str(ex) and os.path.exists(JOURNAL)
            read = real_read
            g.__exit__(None, None, None)
            assert read(key) == "131072" and not os.path.exists(JOURNAL)
            del os.environ[ENV]                            # not allowed: nothing changes
            try:
                HostSysctls({key: 3}).__enter__()
                raise AssertionError("changed without permission")
            except PermissionError:
                pass
            assert read(key) == "131072"
        finally:
            _path, JOURNAL, read, LOCK = real_path, real_journal, real_read, real_lock
    print("host_sysctls selftest: machine lock, normal exit, exception, SIGTERM, SIGKILL leftover, "
          "not restored, not allowed: ok")
    return 0


if __name__ == "__main__":
    sys.exit(_selftest() if sys.argv[1:] == ["--selftest"] else 2)
