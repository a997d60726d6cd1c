<?php
// Server-Sent Events: `curl -N http://127.0.0.1:8083/` (or EventSource in a browser) gets a
// "tick N" event every second.
use Workerman\Worker;
use Workerman\Timer;
use Workerman\Protocols\Http\Response;
use Workerman\Protocols\Http\ServerSentEvents;

$worker = new Worker('http://127.0.0.1:8083');
$worker->name = 'sse';
$worker->onMessage = function ($connection, $request) {
    // The head first. Its body "\r\n" ends the head under 4.x, which sends an event-stream
    // head without its empty line; 5.x ends it itself and ignores the body.
    $connection->send(new Response(200, ['Content-Type' => 'text/event-stream'], "\r\n"));
    $n = 0;
    $timer = Timer::add(1, function () use ($connection, &$n) {
        $connection->send(new ServerSentEvents(['event' => 'tick', 'data' => 'tick ' . ++$n, 'id' => $n]));
    });
    $connection->onClose = function () use ($timer) {
        Timer::del($timer);
    };
};

Worker::runAll();
