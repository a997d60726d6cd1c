<?php
// A websocket:// chat: every message goes to every connected client of the worker.
// Try it from a browser console: ws = new WebSocket('ws://127.0.0.1:8081/'); ws.onmessage = e => console.log(e.data); ws.send('hi')
use Workerman\Worker;

$worker = new Worker('websocket://127.0.0.1:8081');
$worker->name = 'chat';
$worker->onWebSocketConnect = function ($connection, $header) {
    $connection->nick = $_GET['nick'] ?? "guest{$connection->id}";
};
$worker->onMessage = function ($connection, $data) use ($worker) {
    foreach ($worker->connections as $client) {
        $client->send("{$connection->nick}: $data");
    }
};

Worker::runAll();
