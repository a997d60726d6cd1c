--TEST--
Worker: property defaults, dynamic properties, instance onWorkerExit without notices, getSocketName
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Worker;
error_reporting(E_ALL);
$w = new Worker('Text://127.0.0.1:1234');
var_dump($w->id, $w->name, $w->count, $w->user, $w->group, $w->reloadable, $w->reusePort,
    $w->transport, $w->protocol, $w->connections, $w->stopping, $w->onMessage);
$w->anything = [1];
$w->onWorkerExit = function () { return 'exit'; };
var_dump($w->anything, isset($w->onWorkerExit), ($w->onWorkerExit)());
unset($w->onWorkerExit);
var_dump(isset($w->onWorkerExit));
var_dump($w->getSocketName(), (new Worker())->getSocketName());
var_dump(Worker::$daemonize, Worker::$stdoutFile, Worker::$stopTimeout, Worker::$processTitle, Worker::$globalEvent);
var_dump(Worker::STATUS_RUNNING, Worker::DEFAULT_BACKLOG, count(Worker::getAllWorkers()));
?>
--EXPECT--
int(0)
string(4) "none"
int(1)
string(0) ""
string(0) ""
bool(true)
bool(false)
string(3) "tcp"
NULL
array(0) {
}
bool(false)
NULL
array(1) {
  [0]=>
  int(1)
}
bool(true)
string(4) "exit"
bool(false)
string(21) "text://127.0.0.1:1234"
string(4) "none"
bool(false)
string(9) "/dev/null"
int(2)
string(9) "WorkerMan"
NULL
int(2)
int(102400)
int(2)
