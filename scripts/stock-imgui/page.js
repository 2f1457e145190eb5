// The Module object the Emscripten glue (index.js) reads when it starts: where to draw
// and where the program's output goes. Nothing else; the stock example needs no more.
var Module = {
  canvas: document.getElementById('canvas'),
  print: (text) => console.log(text),
  printErr: (text) => console.error(text),
};
