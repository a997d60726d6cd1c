--TEST--
Event: Workerman 4 add()/del() with EV_READ, EV_WRITE, EV_TIMER, EV_TIMER_ONCE, EV_SIGNAL
--EXTENSIONS--
workerman
posix
--FILE--
<?php
use Workerman\Events\EventInterface;
use Workerman\Events\Event;
use Workerman\Events\Select;

var_dump(EventInterface::EV_READ, EventInterface::EV_WRITE, EventInterface::EV_SIGNAL,
    EventInterface::EV_TIMER, EventInterface::EV_TIMER_ONCE, Event::EV_READ);
$loop = new Select();
var_dump(get_class($loop), $loop instanceof EventInterface);
var_dump(new Workerman\Events\Ev() instanceof Event, new Workerman\Events\Libevent() instanceof Event);

[$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
var_dump($loop->add($a, EventInterface::EV_WRITE, function ($fd) use ($loop, $a) {
    var_dump($fd === $a);
    fwrite($fd, "data");
    var_dump($loop->del($fd, EventInterface::EV_WRITE));
}));
var_dump($loop->add($b, EventInterface::EV_READ, function ($fd) use ($loop) {
    echo "read: ", fread($fd, 10), "\n";
    $loop->del($fd, EventInterface::EV_READ);
    posix_kill(getmypid(), SIGUSR1);
}));
var_dump($loop->add(SIGUSR1, EventInterface::EV_SIGNAL, function ($signo) use ($loop) {
    echo "signal $signo\n";
    var_dump($loop->del(SIGUSR1, EventInterface::EV_SIGNAL));
}));
$n = 0;
$id = $loop->add(0.05, EventInterface::EV_TIMER, function ($x) use (&$n, &$id, $loop) {
    echo "timer $x ", ++$n, "\n";
    if ($n === 2) {
        $loop->del($id, EventInterface::EV_TIMER);
    }
}, ['t']);
$once = $loop->add(0.12, EventInterface::EV_TIMER_ONCE, function () use ($loop) {
    echo "once, timers ", $loop->getTimerCount(), "\n";
});
var_dump($id, $once, $loop->getTimerCount());
$gone = $loop->add(0.01, EventInterface::EV_TIMER_ONCE, function () { echo "deleted timer ran\n"; });
var_dump($loop->del($gone, EventInterface::EV_TIMER_ONCE), $loop->del(999, EventInterface::EV_TIMER));
var_dump($loop->add(1, 3, function () {}));
$loop->loop();
var_dump($loop->getTimerCount());
?>
--EXPECT--
int(1)
int(2)
int(4)
int(8)
int(16)
int(1)
string(22) "Workerman\Events\Event"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(1)
int(2)
int(2)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
read: data
signal 10
bool(true)
timer t 1
timer t 2
once, timers 0
int(0)
