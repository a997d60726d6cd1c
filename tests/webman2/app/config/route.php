<?php
// Fixture of tests/webman2/run.sh: the routes its checks request. Anything else falls through
// to webman's default routing (controller/action), then its 404.

use app\controller\CheckController;
use app\middleware\InjectInput;
use app\middleware\RouteHeader;
use Webman\Route;

Route::get('/hello/{name}', [CheckController::class, 'hello']);
Route::get('/json', [CheckController::class, 'json']);
Route::get('/session/set', [CheckController::class, 'sessionSet']);
Route::get('/session/get', [CheckController::class, 'sessionGet']);
Route::post('/form', [CheckController::class, 'form']);
Route::post('/upload', [CheckController::class, 'upload']);
Route::get('/exists', [CheckController::class, 'exists']);
Route::get('/pid', [CheckController::class, 'pid']);
Route::get('/loaded', [CheckController::class, 'loaded']);
Route::get('/routed', [CheckController::class, 'routed'])->middleware([RouteHeader::class]);
Route::post('/inject', [CheckController::class, 'injected'])->middleware([InjectInput::class]);
Route::get('/peer', [CheckController::class, 'peer']);
Route::get('/boom', [CheckController::class, 'boom']);
Route::get('/go', [CheckController::class, 'go']);
Route::get('/download', [CheckController::class, 'download']);
Route::get('/pool', [CheckController::class, 'pool']);
