--TEST--
Event: setErrorHandler() receives Throwables of timer, stream and signal callbacks; the loop goes on (API profile 5: 5.x methods)
--EXTENSIONS--
workerman
posix
--INI--
workerman.api=5
--FILE--
<?php
use Workerman\Events\Event;

$loop = new Event();
var_dump($loop->getErrorHandler());
$handler = function (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; };
$loop->setErrorHandler($handler);
var_dump($loop->getErrorHandler() === $handler);
$loop->delay(0.001, function () { throw new RuntimeException("from delay"); });
$loop->delay(0.002, function () { undefined_function(); });
[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$loop->delay(0.003, function () use ($a) { fwrite($a, "x"); });
$loop->onReadable($b, function ($s) use ($loop) {
    $loop->offReadable($s);
    posix_kill(getmypid(), SIGUSR1);
    throw new LogicException("from readable");
});
$loop->onSignal(SIGUSR1, function () use ($loop) {
    $loop->offSignal(SIGUSR1);
    throw new Exception("from signal");
});
$loop->delay(0.2, function () { echo "loop still runs\n"; });
$loop->run();
?>
--EXPECT--
NULL
bool(true)
RuntimeException: from delay
Error: Call to undefined function undefined_function()
LogicException: from readable
Exception: from signal
loop still runs
