--TEST--
Timer: outside a worker (master, before runAll) an exception in a timer is echoed and the loop goes on; exit() ends it
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Timer;
Timer::add(0.001, function () { throw new LogicException("master boom"); }, null, false);
Timer::add(0.002, function () { echo "\ngoes on\n"; }, null, false);
Timer::add(0.003, function () { echo "exiting\n"; exit(3); }, null, false);
Timer::add(0.5, function () { echo "must not run\n"; }, null, false);
register_shutdown_function(function () { echo "shutdown\n"; });
(new Workerman\Events\Event)->loop();
echo "not reached\n";
?>
--EXPECTF--
LogicException: master boom in %s:3
Stack trace:
#0 [internal function]: {closure}()
#1 %s(8): Workerman\Events\Event->loop()
#2 {main}
goes on
exiting
shutdown
