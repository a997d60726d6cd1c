<?php
// The ordering probe of tests/coroutine/run.sh: does a later message of a connection overtake
// one whose onMessage is suspended? An HTTP worker on the Fiber loop answers /slow after
// Timer::sleep(0.3) and /fast at once; a client worker (plain loop, blocking I/O: it is its own
// process) sends /slow then /fast, first in one write, then in two writes 0.1 s apart, and
// prints the order of the replies ("ORDER one-write: /slow,/fast"), then stops the master.
// Environment: CO_PROJ (vendor/ installed), CO_TMP (pid and log files), CO_PORT.
use Workerman\Timer;
use Workerman\Worker;

require_once getenv('CO_PROJ') . '/vendor/autoload.php';
$port = (int)getenv('CO_PORT');

Worker::$pidFile = getenv('CO_TMP') . '/order.pid';
Worker::$logFile = getenv('CO_TMP') . '/order.log';
$server = new Worker("http://127.0.0.1:$port");
$server->name = 'order-server';
$server->eventLoop = 'Workerman\Events\Fiber';
$server->onMessage = function ($connection, $request) {
    if ($request->path() === '/slow') {
        Timer::sleep(0.3);
    }
    $connection->send($request->path());
};

$client = new Worker();
$client->name = 'order-client';
$client->onWorkerStart = function () use ($port) {
    $request = fn ($path) => "GET $path HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    foreach (['one-write' => 0, 'two-writes' => 100000] as $case => $gap) {
        $socket = stream_socket_client("tcp://127.0.0.1:$port", $errno, $error, 5);
        if (!$socket) {
            echo "ORDER $case: no connection ($error)\n";
            continue;
        }
        fwrite($socket, $request('/slow') . ($gap ? '' : $request('/fast')));
        if ($gap) {
            usleep($gap);
            fwrite($socket, $request('/fast'));
        }
        stream_set_timeout($socket, 5);
        $buffer = '';
        while (substr_count($buffer, 'HTTP/1.1 ') < 2 && ($data = fread($socket, 8192)) !== false && $data !== '') {
            $buffer .= $data;
        }
        preg_match_all('#\r\n\r\n(/slow|/fast)#', $buffer, $m);
        echo "ORDER $case: ", implode(',', $m[1]) ?: 'no reply', "\n";
        fclose($socket);
    }
    posix_kill(posix_getppid(), SIGINT);
};
Worker::runAll();
