<?php
// A raw tcp:// Workerman server that answers every request with a fixed HTTP response,
// so `curl http://127.0.0.1:8080/` works before the HTTP protocol lands.
use Workerman\Worker;
use Workerman\Timer;

$worker = new Worker('tcp://127.0.0.1:8080');
$worker->count = 2;
$worker->name = 'hello';
$worker->onWorkerStart = function (Worker $worker) {
    Timer::add(10, function () use ($worker) {
        Worker::log("worker {$worker->id}: " . count($worker->connections) . " connection(s)");
    });
};
$worker->onMessage = function ($connection, $request) {
    $body = "Hello World\n";
    $connection->send("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " . strlen($body)
        . "\r\nConnection: keep-alive\r\n\r\n" . $body);
};

Worker::runAll();
