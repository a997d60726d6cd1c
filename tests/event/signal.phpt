--TEST--
Event: onSignal/offSignal, one handler per signal (re-registering replaces it) (API profile 5: 5.x methods)
--INI--
workerman.api=5
--FILE--
<?php
use Workerman\Events\Event;

$loop = new Event();
$loop->onSignal(SIGUSR2, function ($signo) { echo "first handler must not run\n"; });
$loop->onSignal(SIGUSR2, function ($signo) use ($loop) {
    echo "USR2 $signo\n";
    var_dump($loop->offSignal(SIGUSR2), $loop->offSignal(SIGUSR2));
    posix_kill(getmypid(), SIGHUP);
});
$loop->onSignal(SIGHUP, function ($signo) use ($loop) {
    echo "HUP $signo\n";
    $loop->offSignal(SIGHUP);
});
var_dump($loop->offSignal(SIGWINCH));
// Signals nobody can catch are refused quietly, as Workerman 5 ignores a failed add().
$loop->onSignal(SIGKILL, fn () => 1);
var_dump($loop->add(SIGSTOP, Workerman\Events\EventInterface::EV_SIGNAL, fn () => 1), $loop->offSignal(SIGKILL));
posix_kill(getmypid(), SIGUSR2);
$loop->run();
echo "loop ended\n";
// After offSignal the previous disposition is back: SIGUSR2 ignored here, not fatal.
pcntl_signal(SIGUSR2, SIG_IGN);
$loop->onSignal(SIGUSR2, fn () => print("again\n"));
posix_kill(getmypid(), SIGUSR2);
$loop->delay(0.01, fn () => $loop->offSignal(SIGUSR2));
$loop->run();
posix_kill(getmypid(), SIGUSR2);
echo "still alive\n";
?>
--EXTENSIONS--
workerman
posix
pcntl
--EXPECT--
bool(false)
bool(false)
bool(false)
USR2 12
bool(true)
bool(false)
HUP 1
loop ended
again
still alive
