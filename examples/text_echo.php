<?php
// A line echo server: every "\n"-terminated line comes back prefixed with "echo: ".
use Workerman\Worker;

$worker = new Worker('text://127.0.0.1:2347');
$worker->count = 2;
$worker->onMessage = function ($connection, $line) {
    $connection->send('echo: ' . $line);
};

Worker::runAll();
