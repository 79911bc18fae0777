import { describe, expect, it } from 'vitest'
import { imageOfNode, inputImageName, parseLoaderValue, parseViewURL } from './nodeImage'

describe('the image a canvas node holds', () => {
  it('reads a LoadImage choice, with its subfolder and ComfyUI folder note', () => {
    expect(imageOfNode({ id: 3, comfyClass: 'LoadImage', widgets: [{ name: 'image', value: 'fox.png' }] })).toEqual({ filename: 'fox.png', subfolder: '', type: 'input' })
    expect(parseLoaderValue('longvideo/a_last_00001_.png [output]')).toEqual({ filename: 'a_last_00001_.png', subfolder: 'longvideo', type: 'output' })
    expect(parseLoaderValue('  ')).toBeNull()
  })

  it("takes the image a SaveImage node is showing, else its preview's /view URL", () => {
    const images = [
      { filename: 'a.png', subfolder: '', type: 'output' },
      { filename: 'b.png', subfolder: 'shots', type: 'output' },
    ]
    expect(imageOfNode({ id: 9, type: 'SaveImage', images, imageIndex: 1 })).toEqual({ filename: 'b.png', subfolder: 'shots', type: 'output' })
    const img = { src: 'http://127.0.0.1:8188/api/view?filename=p_0001.png&subfolder=&type=temp&rand=0.3' } as HTMLImageElement
    expect(imageOfNode({ id: 10, type: 'PreviewImage', imgs: [img] })).toEqual({ filename: 'p_0001.png', subfolder: '', type: 'temp' })
    expect(imageOfNode({ id: 11, type: 'SaveImage' })).toBeNull()
  })

  it('refuses a /view URL outside input, output and temp', () => {
    expect(parseViewURL('/api/view?filename=x.png&type=models')).toBeNull()
    expect(inputImageName({ filename: 'x.png', subfolder: 'sub', type: 'input' })).toBe('sub/x.png')
  })
})
