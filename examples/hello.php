<?php
// An http:// Workerman server: `curl http://127.0.0.1:8080/` answers "Hello World",
// `curl 'http://127.0.0.1:8080/json?name=ann'` answers the query as JSON.
use Workerman\Worker;
use Workerman\Protocols\Http\Request;
use Workerman\Protocols\Http\Response;

$worker = new Worker('http://127.0.0.1:8080');
$worker->count = 2;
$worker->name = 'hello';
$worker->onMessage = function ($connection, Request $request) {
    if ($request->path() === '/json') {
        $connection->send(new Response(200, ['Content-Type' => 'application/json'], json_encode($request->get())));
        return;
    }
    $connection->send("Hello World\n");
};

Worker::runAll();
