--TEST--
Event: stop() leaves run() and keeps the timers; run() again goes on; destroy() is 4.x stop (API profile 5: 5.x methods)
--EXTENSIONS--
workerman
--INI--
workerman.api=5
--FILE--
<?php
use Workerman\Events\Event;

$loop = new Event();
$n = 0;
$id = $loop->repeat(0.002, function () use ($loop, &$n, &$id) {
    echo "tick ", ++$n, "\n";
    if ($n === 2) {
        $loop->stop();
    }
    if ($n === 4) {
        $loop->destroy();
    }
    if ($n === 5) {
        $loop->offRepeat($id);
    }
});
$loop->run();
echo "stopped, timers ", $loop->getTimerCount(), "\n";
$loop->loop();
echo "destroyed, timers ", $loop->getTimerCount(), "\n";
$loop->run();
echo "empty, timers ", $loop->getTimerCount(), "\n";
$loop->run();
echo "nothing to do\n";
?>
--EXPECT--
tick 1
tick 2
stopped, timers 1
tick 3
tick 4
destroyed, timers 1
tick 5
empty, timers 0
nothing to do
