// `express4` is Express 4 installed under an npm alias beside Express 5; the middleware it takes is what @types/express describes.
declare module 'express4' {
  import express from 'express';

  export default express;
}
