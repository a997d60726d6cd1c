<?php
// A chat in the browser: open http://127.0.0.1:8081/ in two tabs (add ?nick=ann to pick a
// name) and type. The http:// worker serves the page; the page talks to the websocket://
// worker on 8082, which sends every message to every client.
use Workerman\Worker;
use Workerman\Protocols\Http\Response;

$chat = new Worker('websocket://127.0.0.1:8082');
$chat->name = 'chat';
$chat->onWebSocketConnect = function ($connection, $request) {
    // 4.x passes the request head and fills $_GET; 5.x passes a Request
    $query = is_string($request) ? $_GET : $request->get();
    $connection->nick = substr($query['nick'] ?? "guest{$connection->id}", 0, 20);
    // Compress messages for clients that offer permessage-deflate (browsers do). Decided
    // per connection here; $chat->permessageDeflate = true would do it for all.
    $connection->permessageDeflate = true;
};
$chat->onMessage = function ($connection, $data) use ($chat) {
    foreach ($chat->connections as $client) {
        $client->send("{$connection->nick}: $data");
    }
};

$page = new Worker('http://127.0.0.1:8081');
$page->name = 'chat-page';
$page->onMessage = function ($connection, $request) {
    $connection->send(new Response(200, ['Content-Type' => 'text/html; charset=utf-8'], <<<'HTML'
<!doctype html>
<title>chat</title>
<div id="log" style="height:20em;overflow:auto;font-family:monospace"></div>
<form id="say"><input id="text" autofocus autocomplete="off" size="60"> <button>send</button></form>
<script>
const log = document.getElementById('log'), text = document.getElementById('text');
const ws = new WebSocket('ws://' + location.hostname + ':8082/' + location.search);
const show = line => { const p = document.createElement('div'); p.textContent = line; log.append(p); log.scrollTop = log.scrollHeight; };
ws.onopen = () => show('(connected)');
ws.onclose = () => show('(disconnected)');
ws.onmessage = e => show(e.data);
document.getElementById('say').onsubmit = e => { e.preventDefault(); if (text.value) ws.send(text.value); text.value = ''; };
</script>
HTML));
};

Worker::runAll();
